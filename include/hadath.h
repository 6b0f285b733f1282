/*
** hadath.h: the public interface of libhadath, a coder that turns Arabic
** news text into political event data (CAMEO events with PLOVER types).
**
** The pipeline is: read articles -> normalize -> split sentences -> tokenize
** -> match dictionaries -> code events -> date them -> write them.  This
** header exposes the ends of that pipeline: readers that yield articles,
** dictionaries, a coder that calls back once per event, and writers.
**
** Memory rule, stated once and repeated on each function: whatever a
** function returns as "owned by X" stays valid until X is freed or advanced;
** whatever is "yours" must be released with the matching _free function.
** All text is UTF-8.  No function keeps a pointer to caller memory beyond
** the call unless it says so.
*/
#ifndef HADATH_H
#define HADATH_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HD_VERSION "0.1.0"

/* Result codes.  hd_status_message() gives a one-line English message. */
typedef enum hd_status {
  HD_OK = 0,       /* success */
  HD_END,          /* a reader has no more articles */
  HD_SKIP,         /* an article could not be coded; see hd_article_skip() */
  HD_ERR_NOMEM,    /* out of memory */
  HD_ERR_IO,       /* a file could not be opened or read */
  HD_ERR_DICT,     /* a dictionary has an error (message names file:line) */
  HD_ERR_ARG       /* a bad argument, such as a malformed date */
} hd_status;

/* Static string; never NULL. */
const char *hd_status_message(hd_status st);

/* Why an article was skipped.  Every article read is either coded or
** skipped with one of these reasons. */
typedef enum hd_skip {
  HD_SKIP_NONE = 0,
  HD_SKIP_EMPTY,         /* no text at all, or only white space */
  HD_SKIP_INVALID_UTF8,  /* the text is not valid UTF-8 */
  HD_SKIP_NUL_BYTE,      /* the text contains a NUL byte */
  HD_SKIP_TOO_LONG,      /* the line or file exceeds HD_MAX_ARTICLE_BYTES */
  HD_SKIP_BAD_JSON,      /* a JSON Lines line is not a JSON object */
  HD_SKIP_NO_TEXT,       /* a JSON object without a string "text" */
  HD_SKIP_COUNT
} hd_skip;

/* Largest article (a plain file, or one JSON Lines line) that is coded. */
#define HD_MAX_ARTICLE_BYTES (4u * 1024u * 1024u)

/* Static short name such as "invalid-utf8"; never NULL. */
const char *hd_skip_name(hd_skip why);

/* ------------------------------------------------------------------ */
/* Articles                                                            */
/* ------------------------------------------------------------------ */

typedef struct hd_article hd_article;

/* A new article holding a copy of TEXT (LEN bytes).  ID may be NULL
** ("text").  Yours: free with hd_article_free(). NULL when out of memory. */
hd_article *hd_article_new(const char *id, const char *text, size_t len);

/* Sets the article date from "YYYY-MM-DD" (a longer ISO timestamp is
** accepted and cut).  Returns HD_ERR_ARG when DATE is not a valid date. */
hd_status hd_article_set_date(hd_article *a, const char *date);

/* A copy of A with all its fields, which outlives the reader that yielded
** A (for coding on other threads).  Yours: free with hd_article_free().
** NULL when out of memory. */
hd_article *hd_article_clone(const hd_article *a);

void hd_article_free(hd_article *a);

/* Accessors.  Strings are owned by the article (or by the reader that
** yielded it) and are NUL-terminated; missing fields give NULL, except
** id and text, which are never NULL. */
const char *hd_article_id(const hd_article *a);
const char *hd_article_text(const hd_article *a);
size_t hd_article_text_len(const hd_article *a);
const char *hd_article_date(const hd_article *a);   /* metadata date or NULL */
const char *hd_article_title(const hd_article *a);
const char *hd_article_source(const hd_article *a);
const char *hd_article_url(const hd_article *a);
/* Where the article came from: file name ("-" for standard input) and
** 1-based line (0 for a whole plain-text file). */
const char *hd_article_file(const hd_article *a);
size_t hd_article_line(const hd_article *a);
/* For skipped articles: the reason and a message "file:line: why". */
hd_skip hd_article_skip(const hd_article *a);
const char *hd_article_message(const hd_article *a);

/* ------------------------------------------------------------------ */
/* Readers: plain text (one article a file), JSON Lines, gzip, stdin   */
/* ------------------------------------------------------------------ */

typedef struct hd_reader hd_reader;

/* Opens PATH ("-" is standard input).  Gzip is detected from the content,
** as is JSON Lines (first non-blank byte '{'); anything else is one
** plain-text article.  Yours: close with hd_reader_close().  On failure
** returns NULL, sets *ST and writes a message to ERR (ERRLEN bytes). */
hd_reader *hd_reader_open(const char *path, hd_status *st, char *err, size_t errlen);

/* Advances to the next article.  Returns HD_OK (coded-ready article in
** *OUT), HD_SKIP (*OUT is the skipped article, with reason and message),
** HD_END, or HD_ERR_IO (message in hd_reader_error()).  *OUT is owned by
** the reader and valid until the next call or hd_reader_close(). */
hd_status hd_reader_next(hd_reader *r, const hd_article **out);

/* Last I/O error message of the reader, or "" (owned by the reader). */
const char *hd_reader_error(const hd_reader *r);

void hd_reader_close(hd_reader *r);

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */
/* ------------------------------------------------------------------ */

typedef struct hd_dict hd_dict;

/* An empty dictionary set.  Yours: free with hd_dict_free(). */
hd_dict *hd_dict_new(void);

/* Adds the dictionaries built into the library (the files of dict/). */
hd_status hd_dict_load_builtin(hd_dict *d, char *err, size_t errlen);

/* Adds the dictionary file PATH.  On error returns HD_ERR_DICT (or
** HD_ERR_IO) and writes "file:line: what is wrong" to ERR.  Entries of a
** file with an error are not used: a broken file adds nothing. */
hd_status hd_dict_load_file(hd_dict *d, const char *path, char *err, size_t errlen);

/* Same, from memory; NAME is used in messages.  TEXT is copied. */
hd_status hd_dict_load_text(hd_dict *d, const char *name, const char *text, size_t len,
                            char *err, size_t errlen);

/* Number of entries in a section ("countries", "actors", "agents",
** "verbs", "cameo"), or of all entries when SECTION is NULL. */
size_t hd_dict_count(const hd_dict *d, const char *section);

void hd_dict_free(hd_dict *d);

/* ------------------------------------------------------------------ */
/* Coding                                                              */
/* ------------------------------------------------------------------ */

typedef struct hd_coder hd_coder;

/* A coder over dictionary D, which must outlive it and must not change
** while it is used.  A coder is not thread-safe: use one per thread (they
** may share D).  FALLBACK_DATE ("YYYY-MM-DD" or NULL) dates articles that
** carry no date of their own.  Yours: free with hd_coder_free(). */
hd_coder *hd_coder_new(const hd_dict *d, const char *fallback_date, hd_status *st);
void hd_coder_free(hd_coder *c);

typedef struct hd_event hd_event;

/* Fields of an event record. */
typedef enum hd_field {
  HD_FIELD_DOC, HD_FIELD_TEXT, HD_FIELD_DATE, HD_FIELD_SOURCE, HD_FIELD_TARGET,
  HD_FIELD_CODE, HD_FIELD_ROOT, HD_FIELD_PLOVER, HD_FIELD_PLOVER_MODE,
  HD_FIELD_SOURCE_TEXT, HD_FIELD_TARGET_TEXT, HD_FIELD_VERB_TEXT, HD_FIELD_CODE_NAME,
  HD_FIELD_LOCATION,          /* where, as the text names it, or NULL */
  HD_FIELD_LOCATION_COUNTRY,  /* its country code, or NULL */
  HD_FIELD_COUNT
} hd_field;

/* String field of an event, owned by the coder, valid during the callback
** only.  DATE gives NULL when the date is unknown; others give "" when
** empty. */
const char *hd_event_str(const hd_event *ev, hd_field f);
int hd_event_sentence(const hd_event *ev);   /* 0-based sentence index */
int hd_event_quad(const hd_event *ev);       /* 1..4 */
double hd_event_goldstein(const hd_event *ev);

/* Called once per event; return non-zero to stop coding the article. */
typedef int (*hd_event_fn)(const hd_event *ev, void *user);

/* Codes article A, calling FN for each event in text order.  Returns HD_OK,
** or HD_SKIP when the article cannot be coded (its reason is then
** available from hd_coder_skip()), or HD_ERR_NOMEM. */
hd_status hd_code_article(hd_coder *c, const hd_article *a, hd_event_fn fn, void *user);

/* Sentences this coder has coded since it was made (for statistics). */
unsigned long hd_coder_sentences(const hd_coder *c);

/* Why the last hd_code_article() returned HD_SKIP. */
hd_skip hd_coder_skip(const hd_coder *c);

/* Writes, for each sentence of A, what the coder saw: normalized tokens
** with their analyses, actor spans, verb patterns, and why each event was
** or was not coded.  Human-readable, for dictionary writers. */
hd_status hd_explain(hd_coder *c, const hd_article *a, FILE *out);

/* ------------------------------------------------------------------ */
/* Gaps: what the dictionaries lack in a corpus                        */

typedef struct hd_gaps hd_gaps;

/* An empty tally.  Yours: free with hd_gaps_free(). */
hd_gaps *hd_gaps_new(void);

/* Codes article A with C (events are not reported) and counts, in folded
** form with an example sentence: words standing where a pattern wanted an
** actor but found none, and the first words of sentences that name actors
** but code no event (their verbs, most often).  Returns as hd_code_article. */
hd_status hd_gaps_article(hd_gaps *g, hd_coder *c, const hd_article *a);

/* Writes the TOP most frequent of each list, most frequent first. */
void hd_gaps_write(const hd_gaps *g, size_t top, FILE *out);

void hd_gaps_free(hd_gaps *g);

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

typedef enum hd_format { HD_FORMAT_JSON, HD_FORMAT_TSV } hd_format;

/* Writes the header line of FORMAT (nothing for JSON). */
void hd_write_header(hd_format fmt, FILE *out);

/* Writes one event as a JSON object on one line, or as a TSV row. */
void hd_write_event(const hd_event *ev, hd_format fmt, FILE *out);

#ifdef __cplusplus
}
#endif
#endif /* HADATH_H */
