/*
** reader.c: turns input files into articles.  An input is a plain-text
** file (the whole file is one article) or JSON Lines (one JSON object a
** line), either of them possibly gzip-compressed, or standard input.  The
** format is told from the content, never from the file name: zlib reads
** gzip and uncompressed data alike, and the first non-blank byte is '{'
** only for JSON Lines.
**
** Every line read becomes either an article ready for coding or a skipped
** article with a reason and a message "file:line: why"; nothing is dropped
** silently except blank lines.  Memory stays flat: one block buffer, one
** line buffer and one article are reused, and a line longer than the limit
** is counted and thrown away as it streams past instead of being stored.
*/
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <zlib.h>

#include "common.h"
#include "normalize/normalize.h"
#include "read/json.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/* zlib decompresses straight into the reader's buffer when a read asks
** for at least twice its own buffer: blocks are read that way, and lines
** are split where they lie.  Only the piece of a line that a block cut is
** moved, to the front, before the next block is read after it. */
#define GZ_BUFFER_BYTES (128u * 1024u)
#define BLOCK_BYTES (1024u * 1024u)

/* A line may carry a '\r' before its '\n' beyond the article limit. */
#define LINE_KEEP_BYTES ((size_t)HD_MAX_ARTICLE_BYTES + 1)

/* Buffers of a reused article larger than this are given back before it
** takes another article, so that articles kept for a batch hold no more
** than their batch needs. */
#define ARTICLE_KEEP_BYTES (8u * 1024u)

typedef enum input_format { FORMAT_UNKNOWN, FORMAT_JSONL, FORMAT_PLAIN } input_format;

struct hd_reader {
  gzFile gz;
  char *path;            /* as given; "-" is standard input */
  const char *name;      /* used in messages: the path, or "stdin" */
  char *plain_id;        /* id of a plain-text article: base name, no extensions */
  input_format format;
  unsigned char *buf;    /* bytes read but not yet consumed: [pos, len) */
  size_t cap, pos, len;
  int at_eof;            /* the input has been read to its end */
  int failed;            /* a read error happened; error[] says which */
  int error_reported;    /* hd_reader_next() has returned HD_ERR_IO once */
  int plain_done;        /* the one article of a plain-text input was yielded */
  size_t line;           /* number of the last line read */
  hd_article article;
  char error[512];
};

/* One line of a JSON Lines input, without its line end. */
typedef struct input_line {
  const char *text;
  size_t len;
  size_t bytes;   /* length as read, also for a discarded line */
  int too_long;   /* discarded: its text is not available */
} input_line;

/* ---------------------------------------------------------------- */
/* Small helpers                                                     */
/* ---------------------------------------------------------------- */

static void write_error(char *err, size_t errlen, const char *name, const char *why) {
  if (err && errlen) snprintf(err, errlen, "%s: %s", name, why);
}

static int buf_vprintf(hd_buf *b, const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0 || hd_buf_reserve(b, (size_t)n) != 0) {
    va_end(again);
    return -1;
  }
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
  va_end(again);
  b->len += (size_t)n;
  return 0;
}

static PRINTF_LIKE(2, 3) int buf_printf(hd_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int rc = buf_vprintf(b, fmt, ap);
  va_end(ap);
  return rc;
}

static int is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_ascii_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!is_ascii_space((unsigned char)s[i])) return 0;
  return 1;
}

/* Length of the Unicode white space or invisible mark at S (N bytes
** left), or 0.  Covers the no-break, typographic and ideographic spaces,
** zero-width characters and direction marks, and the BOM, which all show
** up in scraped Arabic news where nothing else was written. */
static size_t invisible_char_len(const unsigned char *s, size_t n) {
  if (is_ascii_space(s[0])) return 1;
  if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0x85)) return 2;
  if (n < 3) return 0;
  if (s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80) return 3;            /* U+1680 */
  if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8F || s[2] == 0xA8 ||
      s[2] == 0xA9 || s[2] == 0xAF)) return 3;                            /* U+2000..200F, 2028, 2029, 202F */
  if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) return 3;            /* U+205F */
  if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;            /* U+3000 */
  if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) return 3;            /* U+FEFF */
  return 0;
}

/* Non-zero when the text has nothing but white space (valid UTF-8). */
static int is_blank_text(const char *text, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < n) {
    size_t k = invisible_char_len(s + i, n - i);
    if (!k) return 0;
    i += k;
  }
  return 1;
}

/* 1-based position of the first byte that breaks UTF-8, 0 if none is
** found.  Only called once hd_utf8_valid() has said no. */
static size_t first_invalid_utf8(const char *text, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < n) {
    int len = 1;
    if (hd_utf8_decode(s + i, n - i, &len) < 0) return i + 1;
    i += len > 0 ? (size_t)len : 1;
  }
  return 0;
}

/* The id of a plain-text article: the file name without its folder and
** without the extensions that only say how it is stored, so that
** "news/2021/cairo-17.txt.gz" is "cairo-17". */
static char *plain_article_id(const char *path) {
  static const char *const storage_ext[] = { "gz", "txt", "text", "jsonl", "json" };
  if (strcmp(path, "-") == 0) return strdup("stdin");
  const char *slash = strrchr(path, '/');
  const char *base = slash && slash[1] ? slash + 1 : path;
  char *id = strdup(base);
  if (!id) return NULL;
  for (;;) {
    char *dot = strrchr(id, '.');
    if (!dot || dot == id) break;
    size_t i = 0;
    while (i < HD_ARRAY_LEN(storage_ext) && strcasecmp(dot + 1, storage_ext[i]) != 0) i++;
    if (i == HD_ARRAY_LEN(storage_ext)) break;
    *dot = 0;
  }
  return id;
}

/* ---------------------------------------------------------------- */
/* Opening and closing                                               */
/* ---------------------------------------------------------------- */

/* Standard input is duplicated so that closing the reader leaves the
** process's own descriptor 0 alone. */
static int open_input(const char *path) {
  int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat sb;
  if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
    close(fd);
    errno = EISDIR;
    return -1;
  }
  return fd;
}

hd_reader *hd_reader_open(const char *path, hd_status *st, char *err, size_t errlen) {
  hd_status dummy;
  if (!st) st = &dummy;
  if (err && errlen) err[0] = 0;
  if (!path) {
    *st = HD_ERR_ARG;
    write_error(err, errlen, "(null)", "no file name");
    return NULL;
  }
  const char *name = strcmp(path, "-") == 0 ? "stdin" : path;
  int fd = open_input(path);
  if (fd < 0) {
    *st = HD_ERR_IO;
    write_error(err, errlen, name, strerror(errno));
    return NULL;
  }
  hd_reader *r = calloc(1, sizeof *r);
  if (r) {
    r->path = strdup(path);
    r->plain_id = plain_article_id(path);
    r->cap = 2 * (size_t)BLOCK_BYTES;
    r->buf = malloc(r->cap);
  }
  if (!r || !r->path || !r->plain_id || !r->buf || !(r->gz = gzdopen(fd, "rb"))) {
    close(fd);
    hd_reader_close(r);
    *st = HD_ERR_NOMEM;
    write_error(err, errlen, name, "out of memory");
    return NULL;
  }
  r->name = strcmp(path, "-") == 0 ? "stdin" : r->path;
  gzbuffer(r->gz, GZ_BUFFER_BYTES);
  *st = HD_OK;
  return r;
}

void hd_reader_close(hd_reader *r) {
  if (!r) return;
  if (r->gz) gzclose(r->gz);
  hd_article_release(&r->article);
  free(r->buf);
  free(r->plain_id);
  free(r->path);
  free(r);
}

const char *hd_reader_error(const hd_reader *r) {
  return r ? r->error : "";
}

/* ---------------------------------------------------------------- */
/* Reading bytes                                                     */
/* ---------------------------------------------------------------- */

/* zlib reports a gzip stream cut short as Z_BUF_ERROR, after handing over
** whatever it could still decompress; that data is kept, and the error
** is reported once it has been used. */
static void note_read_error(hd_reader *r) {
  int code = Z_OK;
  const char *msg = gzerror(r->gz, &code);
  if (code == Z_OK) return;
  r->failed = 1;
  if (code == Z_ERRNO)
    msg = strerror(errno);
  else if (code == Z_BUF_ERROR)
    msg = "truncated gzip stream (unexpected end of file)";
  snprintf(r->error, sizeof r->error, "%s: read error: %s", r->name, msg);
}

/* Reads a block after the bytes not yet consumed, which are moved to the
** front first.  1 when bytes came, 0 at the end of the input or after a
** read error, -1 out of memory. */
static int read_block(hd_reader *r) {
  if (r->at_eof || r->failed) return 0;
  if (r->pos) {
    memmove(r->buf, r->buf + r->pos, r->len - r->pos);
    r->len -= r->pos;
    r->pos = 0;
  }
  if (r->cap - r->len < BLOCK_BYTES) {
    unsigned char *b = realloc(r->buf, r->len + BLOCK_BYTES);
    if (!b) return -1;
    r->buf = b;
    r->cap = r->len + BLOCK_BYTES;
  }
  int n = gzread(r->gz, r->buf + r->len, BLOCK_BYTES);
  note_read_error(r);
  if (n < 0 && !r->failed) {
    r->failed = 1;
    snprintf(r->error, sizeof r->error, "%s: read error", r->name);
  }
  if (n <= 0) {
    r->at_eof = 1;
    return 0;
  }
  r->len += (size_t)n;
  return 1;
}

/* Makes unconsumed bytes available; 0 at the end of the input, after a
** read error, or out of memory. */
static int fill_chunk(hd_reader *r) {
  if (r->pos < r->len) return 1;
  r->pos = r->len = 0;
  return read_block(r) > 0;
}

/* Decides the format from the first non-blank byte, consuming a leading
** BOM and the blank space before that byte.  Newlines skipped on the way
** still count as lines, so that line numbers match the file. */
static void detect_format(hd_reader *r) {
  static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
  if (fill_chunk(r) && r->len >= 3 && memcmp(r->buf, bom, 3) == 0) r->pos = 3;
  while (fill_chunk(r)) {
    while (r->pos < r->len && is_ascii_space(r->buf[r->pos])) {
      if (r->buf[r->pos] == '\n') r->line++;
      r->pos++;
    }
    if (r->pos < r->len) {
      r->format = r->buf[r->pos] == '{' ? FORMAT_JSONL : FORMAT_PLAIN;
      return;
    }
  }
  r->format = FORMAT_PLAIN;
}

/* A line longer than the limit: counted to its end, not kept.  HAVE bytes
** of it are in the buffer. */
static int discard_line(hd_reader *r, input_line *out, size_t have) {
  size_t bytes = have;
  for (;;) {
    r->pos = r->len = 0;
    int rc = read_block(r);
    if (rc < 0) return -1;
    if (rc == 0) {
      if (r->failed) return 0;
      break;
    }
    const unsigned char *nl = memchr(r->buf, '\n', r->len);
    if (nl) {
      bytes += (size_t)(nl - r->buf);
      r->pos = (size_t)(nl - r->buf) + 1;
      break;
    }
    bytes += r->len;
  }
  out->too_long = 1;
  out->bytes = bytes;
  return 1;
}

/* Reads the next line, in place in the buffer.  A line that ends the input
** without a newline counts, unless the input ended by a read error: then
** it is probably cut.  Returns 1 with a line, 0 when there is none, -1 out
** of memory. */
static int read_line(hd_reader *r, input_line *out) {
  memset(out, 0, sizeof *out);
  size_t scanned = r->pos;   /* [pos, scanned) has no newline */
  size_t end;
  for (;;) {
    const unsigned char *nl = memchr(r->buf + scanned, '\n', r->len - scanned);
    if (nl) {
      end = (size_t)(nl - r->buf);
      break;
    }
    size_t have = r->len - r->pos;
    if (have > LINE_KEEP_BYTES) return discard_line(r, out, have);
    int rc = read_block(r);
    if (rc < 0) return -1;
    if (rc == 0) {
      if (r->len == r->pos || r->failed) {
        r->pos = r->len;
        return 0;
      }
      end = r->len;
      break;
    }
    scanned = r->pos + have;
  }
  size_t n = end - r->pos;
  out->bytes = n;
  if (n > LINE_KEEP_BYTES) out->too_long = 1;
  else {
    out->text = (const char *)r->buf + r->pos;
    out->len = n;
    if (n > 0 && out->text[n - 1] == '\r') {
      out->len--;
      out->bytes--;
    }
    if (out->len > HD_MAX_ARTICLE_BYTES) out->too_long = 1;
  }
  r->pos = end < r->len ? end + 1 : end;
  return 1;
}

/* ---------------------------------------------------------------- */
/* Building articles                                                 */
/* ---------------------------------------------------------------- */

static hd_status end_of_input(hd_reader *r) {
  if (r->failed && !r->error_reported) {
    r->error_reported = 1;
    return HD_ERR_IO;
  }
  return HD_END;
}

/* Where a message or a fallback id points: "file:line", or "file" for a
** whole plain-text article. */
static int append_location(hd_buf *b, const char *name, size_t line) {
  return line ? buf_printf(b, "%s:%zu", name, line) : buf_printf(b, "%s", name);
}

static void start_article(hd_reader *r, hd_article *a, size_t line) {
  hd_article_reset(a);
  a->file = r->path;
  a->where = r->name;
  a->line = line;
}

/* Marks the current article skipped, with the message "file:line: why". */
static PRINTF_LIKE(3, 4) hd_status skip_article(hd_article *a, hd_skip why, const char *fmt, ...) {
  a->skip = why;
  if (a->id.len == 0 && append_location(&a->id, a->where, a->line) != 0) return HD_ERR_NOMEM;
  hd_buf_clear(&a->message);
  if (append_location(&a->message, a->where, a->line) != 0 || hd_buf_append(&a->message, ": ", 2) != 0)
    return HD_ERR_NOMEM;
  va_list ap;
  va_start(ap, fmt);
  int rc = buf_vprintf(&a->message, fmt, ap);
  va_end(ap);
  return rc == 0 ? HD_SKIP : HD_ERR_NOMEM;
}

/* The checks every article text goes through, JSON or plain. */
static hd_status check_raw_text(hd_article *a, const char *text, size_t len) {
  const char *nul = memchr(text, 0, len);
  if (nul) return skip_article(a, HD_SKIP_NUL_BYTE, "NUL byte at byte %zu", (size_t)(nul - text) + 1);
  if (!hd_utf8_valid(text, len)) {
    size_t at = first_invalid_utf8(text, len);
    return at ? skip_article(a, HD_SKIP_INVALID_UTF8, "invalid UTF-8 at byte %zu", at)
              : skip_article(a, HD_SKIP_INVALID_UTF8, "invalid UTF-8");
  }
  a->checked = 1;
  return HD_OK;
}

/* Shortest decimal form that reads back as the same double, so that an
** id written as 12.5 stays "12.5" rather than "12.500000". */
static void format_real(double v, char *out, size_t cap) {
  for (int digits = 1; digits <= 17; digits++) {
    snprintf(out, cap, "%.*g", digits, v);
    if (strtod(out, NULL) == v) return;
  }
}

static int set_id(hd_article *a, json_t *id) {
  hd_buf *b = &a->id;
  char num[64];
  if (json_is_string(id) && json_string_value(id)[0])
    return hd_buf_append(b, json_string_value(id), strlen(json_string_value(id)));
  if (json_is_integer(id)) {
    snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    return hd_buf_append(b, num, strlen(num));
  }
  if (json_is_real(id)) {
    format_real(json_real_value(id), num, sizeof num);
    return hd_buf_append(b, num, strlen(num));
  }
  return append_location(b, a->where, a->line);
}

/* Optional string metadata; other types and empty strings count as absent. */
static int set_optional(json_t *root, const char *key, hd_buf *b, int *present) {
  json_t *v = json_object_get(root, key);
  if (!json_is_string(v) || !json_string_value(v)[0]) return 0;
  *present = 1;
  return hd_buf_append(b, json_string_value(v), strlen(json_string_value(v)));
}

/* The article's text, as either JSON reader unescaped it into A's buffer:
** turned down when it holds a NUL, which JSON may spell \u0000 and C
** strings cannot carry; blank, the title stands for it. */
static hd_status text_or_title(hd_article *a) {
  const char *s = a->text.data ? a->text.data : "";
  size_t len = a->text.len, c_len = strlen(s);
  if (c_len != len) {
    hd_buf_clear(&a->text);
    return skip_article(a, HD_SKIP_NUL_BYTE, "NUL character in \"text\" at byte %zu", c_len + 1);
  }
  if (!is_blank_text(s, len)) return HD_OK;
  /* A headline with no body is an article of one sentence: its title is
  ** its text (the coder then reads it once, as sentence 0). */
  if (!a->has_title || is_blank_text(a->title.data, a->title.len))
    return skip_article(a, HD_SKIP_EMPTY, "empty article (no text and no title)");
  hd_buf_clear(&a->text);
  return hd_buf_append(&a->text, a->title.data, a->title.len) != 0 ? HD_ERR_NOMEM : HD_OK;
}

static hd_status article_from_object(hd_article *a, json_t *root) {
  if (set_id(a, json_object_get(root, "id")) != 0 ||
      set_optional(root, "date", &a->date, &a->has_date) != 0 ||
      set_optional(root, "title", &a->title, &a->has_title) != 0 ||
      set_optional(root, "source", &a->source, &a->has_source) != 0 ||
      set_optional(root, "url", &a->url, &a->has_url) != 0 ||
      set_optional(root, "category", &a->category, &a->has_category) != 0)
    return HD_ERR_NOMEM;
  json_t *text = json_object_get(root, "text");
  if (!json_is_string(text)) return skip_article(a, HD_SKIP_NO_TEXT, "no \"text\" string");
  if (hd_buf_append(&a->text, json_string_value(text), json_string_length(text)) != 0) return HD_ERR_NOMEM;
  return text_or_title(a);
}

/* The fields found by hd_json_fields() in LINE, to the article: the same
** article as article_from_object() makes of jansson's tree. */

/* A string value kept to its first NUL, as a C string of jansson's reads;
** empty, it counts as absent. */
static int set_json_string(const char *line, const hd_jv *v, hd_buf *b, int *present) {
  if (hd_json_text(line, v, b) != 0) return -1;
  size_t n = b->len ? strlen(b->data) : 0;
  if (n == 0) {
    hd_buf_clear(b);
    return 0;
  }
  b->len = n;
  *present = 1;
  return 0;
}

static hd_status article_from_fields(hd_article *a, const char *line, const hd_jv *f) {
  char num[64];
  int has_id = 0, rc = 0;
  if (f[HD_JF_ID].type == HD_JV_STRING) rc = set_json_string(line, &f[HD_JF_ID], &a->id, &has_id);
  else if (f[HD_JF_ID].type == HD_JV_INTEGER) {
    snprintf(num, sizeof num, "%lld", hd_json_integer(line, &f[HD_JF_ID]));
    rc = hd_buf_append(&a->id, num, strlen(num));
    has_id = 1;
  } else if (f[HD_JF_ID].type == HD_JV_REAL) {
    format_real(hd_json_real(line, &f[HD_JF_ID]), num, sizeof num);
    rc = hd_buf_append(&a->id, num, strlen(num));
    has_id = 1;
  }
  if (rc == 0 && !has_id) rc = append_location(&a->id, a->where, a->line);
  static const struct { int field; size_t buf, has; } optional[] = {
    {HD_JF_DATE, offsetof(hd_article, date), offsetof(hd_article, has_date)},
    {HD_JF_TITLE, offsetof(hd_article, title), offsetof(hd_article, has_title)},
    {HD_JF_SOURCE, offsetof(hd_article, source), offsetof(hd_article, has_source)},
    {HD_JF_URL, offsetof(hd_article, url), offsetof(hd_article, has_url)},
    {HD_JF_CATEGORY, offsetof(hd_article, category), offsetof(hd_article, has_category)},
  };
  for (size_t i = 0; rc == 0 && i < HD_ARRAY_LEN(optional); i++)
    if (f[optional[i].field].type == HD_JV_STRING)
      rc = set_json_string(line, &f[optional[i].field], (hd_buf *)((char *)a + optional[i].buf),
                           (int *)((char *)a + optional[i].has));
  if (rc != 0) return HD_ERR_NOMEM;
  const hd_jv *text = &f[HD_JF_TEXT];
  if (text->type != HD_JV_STRING) return skip_article(a, HD_SKIP_NO_TEXT, "no \"text\" string");
  if (hd_json_text(line, text, &a->text) != 0) return HD_ERR_NOMEM;
  return text_or_title(a);
}

/* The raw line is checked before either JSON reader sees it, because
** jansson would call a NUL byte or invalid UTF-8 a JSON syntax error.  A
** line the field reader turns down goes to jansson, for its message.  A
** has been started (start_article()); TEXT is not in A's buffers. */
static hd_status parse_line(hd_article *a, const char *text, size_t len) {
  hd_status st = check_raw_text(a, text, len);
  if (st != HD_OK) return st;
  hd_jv fields[HD_JF_COUNT];
  if (hd_json_fields(text, len, fields) == 0) return article_from_fields(a, text, fields);
  json_error_t error;
  json_t *root = json_loadb(text, len, JSON_ALLOW_NUL, &error);
  if (!root) return skip_article(a, HD_SKIP_BAD_JSON, "not valid JSON: %s", error.text);
  if (!json_is_object(root)) {
    json_decref(root);
    return skip_article(a, HD_SKIP_BAD_JSON, "not valid JSON: a JSON object expected");
  }
  st = article_from_object(a, root);
  json_decref(root);
  return st;
}

static hd_status too_long_line(hd_article *a, const input_line *line) {
  return skip_article(a, HD_SKIP_TOO_LONG, "line of %zu bytes is longer than the limit of %u bytes", line->bytes,
                      HD_MAX_ARTICLE_BYTES);
}

static hd_status article_from_line(hd_reader *r, const input_line *line) {
  start_article(r, &r->article, r->line);
  return line->too_long ? too_long_line(&r->article, line) : parse_line(&r->article, line->text, line->len);
}

static hd_status next_jsonl(hd_reader *r) {
  input_line line;
  for (;;) {
    int rc = read_line(r, &line);
    if (rc < 0) return HD_ERR_NOMEM;
    if (rc == 0) return end_of_input(r);
    r->line++;
    if (line.too_long || !is_ascii_blank(line.text, line.len)) return article_from_line(r, &line);
  }
}

/* Windows line ends become '\n' so that the text has one kind of line end. */
static void drop_carriage_returns(hd_buf *b) {
  char *cr = memchr(b->data, '\r', b->len);
  if (!cr) return;
  size_t out = (size_t)(cr - b->data);
  for (size_t in = out; in < b->len; in++)
    if (!(b->data[in] == '\r' && in + 1 < b->len && b->data[in + 1] == '\n')) b->data[out++] = b->data[in];
  b->len = out;
  b->data[out] = 0;
}

/* The rest of the input is one article.  Beyond the limit the bytes are
** only counted, so that the message can say how big the file was. */
static hd_status next_plain(hd_reader *r) {
  if (r->plain_done) return end_of_input(r);
  r->plain_done = 1;
  hd_article *a = &r->article;
  start_article(r, a, 0);
  if (hd_buf_append(&a->id, r->plain_id, strlen(r->plain_id)) != 0 || hd_buf_append(&a->text, "", 0) != 0)
    return HD_ERR_NOMEM;
  size_t bytes = 0;
  while (fill_chunk(r)) {
    size_t n = r->len - r->pos;
    if (bytes + n <= HD_MAX_ARTICLE_BYTES && hd_buf_append(&a->text, r->buf + r->pos, n) != 0)
      return HD_ERR_NOMEM;
    bytes += n;
    r->pos = r->len;
  }
  if (r->failed) return end_of_input(r);
  if (bytes > HD_MAX_ARTICLE_BYTES) {
    hd_buf_clear(&a->text);
    return skip_article(a, HD_SKIP_TOO_LONG, "file of %zu bytes is longer than the limit of %u bytes",
                        bytes, HD_MAX_ARTICLE_BYTES);
  }
  drop_carriage_returns(&a->text);
  hd_status st = check_raw_text(a, a->text.data, a->text.len);
  if (st != HD_OK) return st;
  if (is_blank_text(a->text.data, a->text.len)) return skip_article(a, HD_SKIP_EMPTY, "empty article");
  return HD_OK;
}

hd_status hd_reader_next(hd_reader *r, const hd_article **out) {
  if (out) *out = &r->article;
  if (r->format == FORMAT_UNKNOWN) detect_format(r);
  return r->format == FORMAT_JSONL ? next_jsonl(r) : next_plain(r);
}

/* ---------------------------------------------------------------- */
/* Splitting on one thread, parsing on others                        */
/* ---------------------------------------------------------------- */

static void trim(hd_buf *b) {
  if (b->cap > ARTICLE_KEEP_BYTES) hd_buf_free(b);
}

static int copy_buf(hd_buf *dst, const hd_buf *src) {
  return src->data ? hd_buf_append(dst, src->data, src->len) : 0;
}

/* A plain-text article, whole, into A. */
static hd_status copy_article(hd_reader *r, hd_article *a) {
  const hd_article *p = &r->article;
  start_article(r, a, p->line);
  if (copy_buf(&a->id, &p->id) || copy_buf(&a->text, &p->text) || copy_buf(&a->date, &p->date) ||
      copy_buf(&a->title, &p->title) || copy_buf(&a->source, &p->source) || copy_buf(&a->url, &p->url) ||
      copy_buf(&a->category, &p->category) || copy_buf(&a->message, &p->message))
    return HD_ERR_NOMEM;
  a->has_date = p->has_date; a->has_title = p->has_title;
  a->has_source = p->has_source; a->has_url = p->has_url; a->has_category = p->has_category;
  a->skip = p->skip;
  return HD_OK;
}

hd_status hd_reader_next_raw(hd_reader *r, hd_article *a) {
  hd_buf *bufs[] = {&a->id, &a->text, &a->date, &a->title, &a->source, &a->url, &a->category, &a->message, &a->raw};
  for (size_t i = 0; i < HD_ARRAY_LEN(bufs); i++) trim(bufs[i]);
  if (r->format == FORMAT_UNKNOWN) detect_format(r);
  if (r->format != FORMAT_JSONL) {
    hd_status st = next_plain(r);
    return st == HD_OK || st == HD_SKIP ? copy_article(r, a) : st;
  }
  input_line line;
  do {
    int rc = read_line(r, &line);
    if (rc < 0) return HD_ERR_NOMEM;
    if (rc == 0) return end_of_input(r);
    r->line++;
  } while (!line.too_long && is_ascii_blank(line.text, line.len));
  start_article(r, a, r->line);
  if (line.too_long) return too_long_line(a, &line) == HD_ERR_NOMEM ? HD_ERR_NOMEM : HD_OK;
  if (hd_buf_append(&a->text, line.text, line.len) != 0) return HD_ERR_NOMEM;
  a->unparsed = 1;
  return HD_OK;
}

hd_status hd_article_parse(hd_article *a) {
  if (!a->unparsed) return a->skip != HD_SKIP_NONE ? HD_SKIP : HD_OK;
  a->unparsed = 0;
  hd_buf line = a->text;
  a->text = a->raw;
  a->raw = line;
  hd_buf_clear(&a->text);
  return parse_line(a, a->raw.data, a->raw.len);
}
