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

/* Replaces the id of A (an article of yours, not one a reader owns) with a
** copy of ID.  HD_OK or HD_ERR_NOMEM. */
hd_status hd_article_set_id(hd_article *a, const char *id);

/* The id that A takes where its own is taken by another article with other
** text: "ID~" and twelve hex digits of its title and text, into BUF (CAP
** bytes).  The same text always gives the same id. */
void hd_article_other_id(const hd_article *a, char *buf, size_t cap);

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
/* The outlet's section ("sport", "middleEast"): sport is not coded. */
const char *hd_article_category(const hd_article *a);
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

/* Reading on one thread and parsing on others.  hd_reader_next_raw() does
** what hd_reader_next() does, but only splits a line of JSON Lines off,
** into A (an article of yours, from hd_article_new(); what it held is
** replaced, and buffers it grew large for an article before are given
** back): until it is parsed, hd_article_text() is the line.  Returns
** HD_OK, HD_END, HD_ERR_IO (message in hd_reader_error()) or HD_ERR_NOMEM.
** hd_article_parse(A), on any thread, then makes of A the article
** hd_reader_next() would have yielded, and returns what it would have
** returned: HD_OK, HD_SKIP (reason and message in A) or HD_ERR_NOMEM; on
** an article that is whole already, it returns the same again.  A keeps a
** pointer to R's file name: parse it before hd_reader_close(R). */
hd_status hd_reader_next_raw(hd_reader *r, hd_article *a);
hd_status hd_article_parse(hd_article *a);

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
** "verbs", "cameo", "stop", "markers"), or of all entries when SECTION is
** NULL. */
size_t hd_dict_count(const hd_dict *d, const char *section);

/* The version of the dictionaries of D: 16 hex digits from the text of
** every file loaded, in the order loaded, so that the same dictionaries
** give the same version wherever they are (owned by D, changed by the next
** load into D).  Every output and the store record it with each event. */
const char *hd_dict_version(const hd_dict *d);

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

/* Makes C keep the readings of the words it meets where WITH keeps them,
** so that coders in several threads analyse each word once between them
** and hold it in memory once; C and WITH must code with the same
** dictionary.  Call it before either codes.  The output does not change.
** HD_ERR_ARG when the dictionaries differ, HD_ERR_NOMEM when out of
** memory (C then keeps its own). */
hd_status hd_coder_share_memo(hd_coder *c, hd_coder *with);

typedef struct hd_event hd_event;

/* Fields of an event record. */
typedef enum hd_field {
  HD_FIELD_DOC, HD_FIELD_TEXT, HD_FIELD_DATE, HD_FIELD_SOURCE, HD_FIELD_TARGET,
  HD_FIELD_CODE, HD_FIELD_ROOT, HD_FIELD_PLOVER, HD_FIELD_PLOVER_MODE,
  HD_FIELD_SOURCE_TEXT, HD_FIELD_TARGET_TEXT, HD_FIELD_VERB_TEXT, HD_FIELD_CODE_NAME,
  HD_FIELD_LOCATION,          /* where, as the text names it, or NULL */
  HD_FIELD_LOCATION_COUNTRY,  /* its country code, or NULL */
  HD_FIELD_ID,                /* 16 hex digits, the same for the same event of the same text */
  HD_FIELD_REALIS,            /* hd_realis_name() of hd_event_realis() */
  HD_FIELD_COUNT
} hd_field;

/* How real an event is, as the text tells it.  Words under a governing
** predicate ("هدد بقصف", "دعا إلى التحقيق", "من المقرر أن يلتقي") are not
** what happened: the predicate is an event of its own, and what it governs
** carries one of these. */
typedef enum hd_realis {
  HD_REALIS_ACTUAL,        /* reported as done */
  HD_REALIS_BACKGROUND,    /* done before the news: كان قد، an explicit past year */
  HD_REALIS_PLANNED,       /* to come: سـ، سوف، من المقرر، يعتزم, or dated after the article */
  HD_REALIS_HYPOTHETICAL,  /* under a condition: إذا، لو، في حال */
  HD_REALIS_NEGATED,       /* said not to have happened: لم، لن، نفى */
  HD_REALIS_CALLED_FOR,    /* asked for: دعا إلى، طالب بـ */
  HD_REALIS_THREATENED,    /* threatened: هدد بـ، توعد */
  HD_REALIS_ALLEGED,       /* one party's claim about another: اتهم X بـ، زعم */
  HD_REALIS_COUNT
} hd_realis;

/* Static name such as "actual" or "called-for"; "?" when out of range. */
const char *hd_realis_name(hd_realis r);

/* The realis named NAME, or -1 when NAME is none of them. */
int hd_realis_from_name(const char *name);

/* Which events the coder reports: a mask of (1u << hd_realis) bits.  0,
** the default, reports actual events and background ones that carry a
** date of their own; HD_REALIS_ALL reports every event, each tagged. */
#define HD_REALIS_ALL ((1u << HD_REALIS_COUNT) - 1u)
void hd_coder_set_realis(hd_coder *c, unsigned mask);

/* Events of a kind that is done to someone (an appeal, a demand, a
** criticism, a rejection, a threat, a visit, aid, an arrest, military
** force: CAMEO roots 02-13, 16, 17, 19 and 20) whose target the coder could
** not find cannot enter a dyad, and are most often misread; by default
** they are not reported.  Assaults (18) are, without a target.
** With ON non-zero they are, with an empty target. */
void hd_coder_set_incomplete(hd_coder *c, int on);

/* The parts of an event's text. */
typedef enum hd_part { HD_PART_SOURCE, HD_PART_TARGET, HD_PART_VERB, HD_PART_COUNT } hd_part;

/* String field of an event, owned by the coder, valid during the callback
** only.  DATE gives NULL when the date is unknown; others give "" when
** empty. */
const char *hd_event_str(const hd_event *ev, hd_field f);
int hd_event_sentence(const hd_event *ev);   /* 0-based sentence index */
int hd_event_quad(const hd_event *ev);       /* 1..4 */
double hd_event_goldstein(const hd_event *ev);
hd_realis hd_event_realis(const hd_event *ev);
/* 1 when the event is one direction of a symmetric exchange (a call, a
** meeting, an agreement) whose other direction is reported too. */
int hd_event_mutual(const hd_event *ev);
/* The pieces of the event's TEXT behind PART, as byte offsets: piece I
** is [START[I], END[I]).  Writes at most MAX pieces and returns how many
** there are (0 for an empty part). */
size_t hd_event_spans(const hd_event *ev, hd_part part, size_t *start, size_t *end, size_t max);

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

typedef enum hd_format {
  HD_FORMAT_JSON,    /* one JSON object a line: the event record of README.md */
  HD_FORMAT_TSV,     /* a header line, then the same fields (but spans) as tab-separated columns */
  HD_FORMAT_PLOVER   /* JSON Lines records of the PLOVER data-fields specification */
} hd_format;

/* Writes the header line of FORMAT (nothing for JSON and PLOVER). */
void hd_write_header(hd_format fmt, FILE *out);

/* Writes event EV of article A coded with dictionaries D: as a JSON object
** on one line, a TSV row or a PLOVER record.  A (may be NULL) gives the
** article's outlet, url, title and category; D (may be NULL) the
** coordinates of the event's location and the version of the
** dictionaries; each is null in the record when not given.  Returns 1, or
** 0 when FMT has no record for the event (PLOVER has no type for CAMEO's
** statements, 01, and appeals, 02).  Keeps no pointer to its arguments. */
int hd_write_event(const hd_event *ev, const hd_article *a, const hd_dict *d, hd_format fmt, FILE *out);

/* The coordinates of EV's location (HD_FIELD_LOCATION) in the gazetteer of
** dictionaries D (the @geo= of its [countries] lines), in decimal degrees:
** 1 and *LAT, *LON when known, else 0. */
int hd_event_coords(const hd_event *ev, const hd_dict *d, double *lat, double *lon);

/* ------------------------------------------------------------------ */
/* Store: coded articles and their events, in SQLite or PostgreSQL      */
/* ------------------------------------------------------------------ */
/* The schema is described in docs/store.md.  A store is an SQLite file,
** or a PostgreSQL database named by a postgresql:// URI: the same tables,
** the same results.  Loading is idempotent (an article already stored is
** not coded again) and written in transactions, so that a load stopped at
** any moment leaves a consistent store that a second load completes; on
** PostgreSQL many loaders may write into one store at once. */

/* Folds TEXT (LEN bytes of UTF-8) as the coder and the store's search
** index do: diacritics and tatweel removed, alef and hamza forms, ى/ي and
** ة/ه merged, digits and punctuation made ASCII.  Writes at most CAP bytes,
** NUL included, to BUF (which may be NULL when CAP is 0) and returns the
** length of the whole folded text: when it is CAP or more, BUF holds a cut
** prefix and a buffer of the returned length + 1 is needed.  Returns
** (size_t)-1 when out of memory. */
size_t hd_fold(const char *text, size_t len, char *buf, size_t cap);

typedef struct hd_store hd_store;

/* Opens the store at PATH: an SQLite file, or, when PATH begins with
** postgresql:// or postgres://, a PostgreSQL database (libpq's URI; the
** store's tables are in its current schema).  WRITABLE non-zero creates
** the file and the schema when missing and allows loading; zero opens an
** existing store for reading only.  A database that is not a store is
** refused.  Yours: close with hd_store_close().  On failure returns NULL,
** sets *ST (HD_ERR_IO, HD_ERR_NOMEM) and writes "PATH: what is wrong" to
** ERR, PATH without its password (hd_store_redact()). */
hd_store *hd_store_open(const char *path, int writable, hd_status *st, char *err, size_t errlen);

/* 1 when WHERE names a PostgreSQL store (postgresql:// or postgres://). */
int hd_store_is_uri(const char *where);

/* WHERE as messages may show it: a URI without its password (user:secret@
** becomes user@, password=secret becomes password=***), a path as it is.
** Writes at most CAP bytes, NUL included, to BUF. */
void hd_store_redact(const char *where, char *buf, size_t cap);

/* The store's name as hd_store_redact() gives it (owned by S). */
const char *hd_store_name(const hd_store *s);

/* Commits what is pending and closes S (NULL is allowed).  Returns HD_OK,
** or HD_ERR_IO when the last commit failed (its articles are then not
** stored, and a later load stores them). */
hd_status hd_store_close(hd_store *s);

/* Message of the last error of S, or "" (owned by S, valid until the next
** call on S). */
const char *hd_store_error(const hd_store *s);

/* Articles written per transaction on SQLite (default 500; 1 and more).
** A load stopped in the middle loses at most the open transaction.  On
** PostgreSQL every article is a transaction of its own. */
void hd_store_set_batch(hd_store *s, unsigned articles);

/* SQLite: with ON non-zero, the write-ahead log is copied into the store
** (checkpointed) by a thread and a connection of the store's own while
** the caller goes on writing, rather than by the commit that fills it;
** zero (and hd_store_close()) stops it.  What is stored, and what a crash
** leaves, are the same either way.  Without a thread (PostgreSQL, a store
** open for reading, no memory) the writer checkpoints as before.
** Returns 0. */
int hd_store_set_background_checkpoints(hd_store *s, int on);

/* What hd_store_put() did with an article. */
typedef enum hd_stored {
  HD_STORED_NEW,      /* coded and stored with its sentences and events (or coded again) */
  HD_STORED_PRESENT,  /* already stored (same outlet, id and text): left alone */
  HD_STORED_SKIPPED   /* not codable (see hd_coded_skip()): not stored */
} hd_stored;

/* An article coded for the store: its events (of every realis), its
** sentences and its folded text, kept apart from any store so that
** articles can be coded on several threads and stored by one.  Yours: free
** with hd_coded_free(); reuse it for article after article. */
typedef struct hd_coded hd_coded;
hd_coded *hd_coded_new(void);
void hd_coded_free(hd_coded *k);

/* Codes article A with coder C, whose dictionaries are D, into K: every
** event, whatever its realis (C reports every realis afterwards), with its
** coordinates in D's gazetteer.  Returns HD_OK, HD_SKIP (the reason is
** hd_coded_skip()) or HD_ERR_NOMEM.  K keeps a pointer to D, which must
** outlive it; none to A. */
hd_status hd_code_into(hd_coder *c, const hd_dict *d, const hd_article *a, hd_coded *k);
size_t hd_coded_events(const hd_coded *k);
hd_skip hd_coded_skip(const hd_coded *k);

/* 1 when article A is stored already (its outlet, "" when unknown, and id,
** with the same title and text), so that storing it would add nothing; 0
** when not; -1 on a database error.  S may be open for reading only:
** another thread may look articles up in its own connection while one
** writes (it does not see the writer's open transaction). */
int hd_store_has(hd_store *s, const hd_article *a);

/* Stores article A, coded into K, with its sentences and events, in the
** open transaction (one is begun when none is open, and committed every
** hd_store_set_batch() articles); records the versions of hadath and of
** the dictionaries that coded it.  An article already stored is left
** alone, unless REPLACE, which codes it again: its sentences and events are
** replaced.  Two different articles never share an id: when A's outlet
** and id are stored with other text, A is stored as "ID~" and twelve hex
** digits of its text, and hd_store_notice() says so.  Sets *HOW and, when
** EVENTS is not NULL, *EVENTS to the events stored.  K may be NULL for an
** article hd_store_has() found (HD_ERR_ARG if it is not stored after all).
** Returns HD_OK, HD_ERR_NOMEM, or HD_ERR_IO with hd_store_error(); after
** an error nothing of A is stored.  Keeps no pointer to A or K. */
hd_status hd_store_put(hd_store *s, const hd_article *a, const hd_coded *k, int replace, hd_stored *how,
                       size_t *events);

/* A notice about the last article hd_store_put() met (an id taken by other
** text), or "" (owned by S, valid until the next call on S). */
const char *hd_store_notice(const hd_store *s);

/* hd_store_has(), hd_code_into() and hd_store_put() in one: codes article
** A with C (dictionaries D) unless it is stored, and stores it. */
hd_status hd_store_load_article(hd_store *s, hd_coder *c, const hd_dict *d, const hd_article *a, hd_stored *how,
                                size_t *events);

/* Sets *COUNT to the articles of S coded by another version of hadath, or
** by other dictionaries than D. */
hd_status hd_store_stale(hd_store *s, const hd_dict *d, unsigned long *count);

/* Recoding: the articles of S coded by another version of hadath or other
** dictionaries than D, one at a time, to code again with D and store with
** hd_store_put(..., 1, ...).  A recode stopped at any moment is finished
** by another, which finds the articles left; hd_store_group() then makes
** the actors, codes and groups again from the new events.  Sets *COUNT to
** the articles to recode.  Yours: free with hd_recode_free(); NULL on
** error (*ST set, message in hd_store_error()). */
typedef struct hd_recode hd_recode;
hd_recode *hd_store_recode(hd_store *s, const hd_dict *d, size_t *count, hd_status *st);
/* The next article to recode in *A (yours: free with hd_article_free()):
** HD_OK, HD_END, or an error. */
hd_status hd_recode_next(hd_recode *r, hd_article **a);
void hd_recode_free(hd_recode *r);

/* Commits the open transaction, if any. */
hd_status hd_store_commit(hd_store *s);

/* How reports of one event are grouped: same dyad, same code (at the
** chosen precision), dates at most DAYS apart from the group's first. */
typedef enum hd_direction {
  HD_DIRECTION_MUTUAL,     /* A-B and B-A coded from one sentence are one dyad */
  HD_DIRECTION_DIRECTED,   /* source and target keep their order */
  HD_DIRECTION_ANY         /* A-B and B-A are always one dyad */
} hd_direction;

typedef struct hd_grouping {
  int full_code;           /* 0: the CAMEO root (04), 1: the full code (040) */
  int full_actors;         /* 0: the country (RUS), 1: the full code (RUSGOV) */
  int days;                /* date tolerance in days, 0 and more (default 1) */
  hd_direction direction;  /* default HD_DIRECTION_MUTUAL */
} hd_grouping;

/* The default grouping: root, country, 1 day, mutual. */
hd_grouping hd_grouping_default(void);

/* Rebuilds the store's event_groups and group_events tables with G (NULL:
** the grouping they were made with) when they were made with another
** grouping or before the last load, from the events hadath code prints by
** default; after a recode, also the actors and codes (commits the open
** transaction first).  S must be writable. */
hd_status hd_store_group(hd_store *s, const hd_grouping *g);

/* Which events a query selects.  Zero or NULL fields select everything;
** strings are copied by the functions that take a filter.  An actor value
** of three letters (RUS) matches every code that begins with it, a longer
** one (RUSGOV) matches that code only; DYAD is "A,B" in either order. */
typedef struct hd_filter {
  const char *source, *target, *actor, *dyad;
  const char *code, *root, *plover, *outlet, *doc;
  const char *from, *to;   /* dates, inclusive: YYYY, YYYY-MM or YYYY-MM-DD */
  const char *text;        /* words searched in the folded article text,
                              all of them; in double quotes, a phrase */
  int quad;                /* 1..4, or 0 for any */
  int one_a_day;           /* at most one event per date, dyad and code */
  long limit;              /* at most this many rows; 0 for no limit */
  const char *category;    /* articles of these categories (comma-separated, any case) */
  const char *not_category;/* articles of none of these (or of none at all) */
  unsigned realis;         /* a mask of (1u << hd_realis) bits; 0: what hadath code
                              prints by default, actual events and background ones
                              with a date */
  int mutual_once;         /* of the two directions of a mutual event, only the one
                              whose source code sorts first: an exchange counts once */
} hd_filter;

/* Checks F without running it: codes, dates (real ones, --from not after
** --to), quad class, PLOVER type, realis.  Returns HD_OK, or HD_ERR_ARG
** with a message in ERR that names the bad field and says what is allowed.
** The functions that run a filter also refuse an actor or code that the
** store does not hold, naming the closest ones it does. */
hd_status hd_filter_check(const hd_filter *f, char *err, size_t errlen);

typedef struct hd_rows hd_rows;

/* The events F selects, by date, one row each with the fields of the event
** record that hd_write_event() writes as JSON.  Yours: free with
** hd_rows_free().  NULL on error (*ST set, message in hd_store_error()). */
hd_rows *hd_store_events(hd_store *s, const hd_filter *f, hd_status *st);

/* The groups of reports (deduplicated events) that have a report F
** selects, by date, with their counts of reports, articles, outlets and
** events and the words of their first report.  Uses the stored groups
** when they were made with G and are current, else groups the events in
** memory for this query (the store is not changed).  Yours, as above. */
hd_rows *hd_store_groups(hd_store *s, const hd_filter *f, const hd_grouping *g, hd_status *st);

/* Counts of the events F selects, by the keys of BY, a comma-separated
** list of day, week (the Monday that begins it), month, year, dyad
** (source and target), pair (the two actors in code order), source,
** target, actor (each event once as its source and once as its target),
** root, code, quad, plover, outlet, category, realis: one row per key,
** with the keys, events, reports (sentences), articles, goldstein_sum and
** goldstein_mean, in the order of the keys.  Actors are at G's precision
** (the country, or the full code).  A mutual exchange counts once in each
** direction unless F->mutual_once.  Yours, as above; NULL with HD_ERR_ARG
** and a message naming the bad key. */
hd_rows *hd_store_count(hd_store *s, const hd_filter *f, const char *by, const hd_grouping *g, hd_status *st);

/* Advances to the next row: HD_OK, HD_END, or HD_ERR_IO. */
hd_status hd_rows_next(hd_rows *r);

/* Columns of the rows, their names (owned by R, valid until
** hd_rows_free(); on PostgreSQL known once hd_rows_next() was called), and
** the current row's value of column I as text (NULL for a null value;
** owned by R, valid until the next hd_rows_next()).  Values are written
** alike on both engines: reals as SQLite writes them ("1.0"). */
size_t hd_rows_columns(const hd_rows *r);
const char *hd_rows_name(const hd_rows *r, size_t i);
const char *hd_rows_value(const hd_rows *r, size_t i);

void hd_rows_free(hd_rows *r);

typedef enum hd_rows_format {
  HD_ROWS_TABLE,   /* aligned columns for people; long text cut */
  HD_ROWS_JSONL,   /* one JSON object a row */
  HD_ROWS_CSV,     /* RFC 4180, with a header line */
  HD_ROWS_TSV      /* a header line; tabs and line breaks in values become spaces */
} hd_rows_format;

/* Writes every remaining row of R to OUT and sets *COUNT (may be NULL) to
** how many.  Returns HD_OK, or HD_ERR_IO on a database error. */
hd_status hd_rows_write(hd_rows *r, hd_rows_format fmt, FILE *out, unsigned long *count);

/* Writes counts of S to OUT: articles, sentences, events, groups, actors,
** outlets and the dates covered, one "name value" line each. */
hd_status hd_store_summary(hd_store *s, FILE *out);

/* Writes everything stored (articles, sentences, events, actors, codes and
** groups) to OUT as JSON Lines in a canonical order and without row ids,
** so that two stores with the same content give the same bytes, on either
** engine. */
hd_status hd_store_dump(hd_store *s, FILE *out);

/* Loads a dump that hd_store_dump() wrote (read from IN, named NAME in
** messages) into S, which must hold no article: everything in one
** transaction, so that a load stopped at any moment leaves S empty; then
** groups the events as the dumped store had them.  The two stores then
** dump the same bytes.  Returns HD_OK, HD_ERR_ARG for a line that is not
** of a dump or a store that is not empty, HD_ERR_IO; the message is in
** hd_store_error().  Reads IN (to its end, unless an error stops it) and
** leaves it open; keeps no pointer to IN or NAME. */
hd_status hd_store_load_dump(hd_store *s, FILE *in, const char *name);

/* With ON non-zero, hd_store_events(), hd_store_groups() and
** hd_store_count() give the plan of their query instead of its rows, one
** line a row (on PostgreSQL, with the times of running it): what the
** engine does with the store's indexes. */
void hd_store_set_explain(hd_store *s, int on);

/* Checks the database and its search index; HD_OK when both are sound,
** else HD_ERR_IO with the problem in hd_store_error(). */
hd_status hd_store_check(hd_store *s);

/* Writes a self-contained HTML report (no network: CSS, scripts and SVG
** inline) of the groups that F selects, grouped by G: a timeline by quad
** class, the network of the most active dyads, the top actors, and a
** filterable list of at most F->limit groups (500 when 0), most reported
** first, with their Arabic evidence.  TITLE (may be NULL) heads the page.
** All text from the store is escaped. */
hd_status hd_store_report(hd_store *s, const hd_filter *f, const hd_grouping *g, const char *title, FILE *out);

#ifdef __cplusplus
}
#endif
#endif /* HADATH_H */
