/*
** json.h: the fields of an article in one line of JSON Lines, found in one
** pass without building a tree.  The line is checked as jansson checks it
** (json_loadb() with JSON_ALLOW_NUL), so that the two accept the same
** lines; only the values of the fields an article keeps are remembered,
** as spans of the line, and only their strings are unescaped, when they
** are used.  A line this reader turns down goes to jansson, whose message
** says why.
*/
#ifndef HD_JSON_H
#define HD_JSON_H

#include <stddef.h>
#include "common.h"

/* The fields of an article, in the order hd_json_fields() fills them. */
enum { HD_JF_ID, HD_JF_TEXT, HD_JF_TITLE, HD_JF_DATE, HD_JF_SOURCE, HD_JF_URL, HD_JF_CATEGORY, HD_JF_COUNT };

/* What a field's value is. */
typedef enum hd_jv_type {
  HD_JV_ABSENT,    /* no such key */
  HD_JV_STRING,    /* [start, end) is the text between the quotes, escapes and all */
  HD_JV_INTEGER,   /* [start, end) is the number; it fits in a long long */
  HD_JV_REAL,      /* [start, end) is the number; a finite double */
  HD_JV_OTHER      /* null, true, false, an array or an object */
} hd_jv_type;

typedef struct hd_jv {
  hd_jv_type type;
  size_t start, end;
  int escaped;     /* a string with a backslash in it */
} hd_jv;

/* Reads LINE (LEN bytes, valid UTF-8 without NUL bytes) as one JSON
** object.  0 when jansson would accept it as an object: OUT[HD_JF_*] then
** holds the last value of each key "id", "text", ... (jansson keeps the
** last of keys that repeat).  -1 when it is not JSON, or not an object. */
int hd_json_fields(const char *line, size_t len, hd_jv out[HD_JF_COUNT]);

/* Appends the string value V of LINE to B, escapes undone (\u0000 gives a
** NUL byte).  0, or -1 when out of memory. */
int hd_json_text(const char *line, const hd_jv *v, hd_buf *b);

/* The number V of LINE, as jansson reads it. */
long long hd_json_integer(const char *line, const hd_jv *v);
double hd_json_real(const char *line, const hd_jv *v);

#endif
