/*
** cli.h: what the files of the hadath command share: its options, the
** counts it keeps, and the event sink.
*/
#ifndef HD_CLI_H
#define HD_CLI_H

#include <stdio.h>
#include <time.h>
#include "hadath.h"

typedef struct options {
  const char *command;
  hd_format format;
  const char *dicts[64];
  int ndicts;
  int no_builtin, stats, quiet;
  const char *date, *output, *file;
  long top, jobs;
  unsigned realis;            /* --realis: a mask of hd_realis bits, 0 for the default */
  int incomplete;             /* --incomplete */
  const char **args;          /* inputs, in argv order */
  int nargs;
} options;

typedef struct stats {
  unsigned long read, coded, skipped, events, unreadable, with_events, sentences;
  unsigned long unwritten;    /* events the format has no record for (PLOVER: CAMEO 01 and 02) */
  unsigned long by_reason[HD_SKIP_COUNT];
} stats;

/* Where events go: the output, its format, the counts, and the article
** being coded with its dictionaries (for metadata and coordinates). */
typedef struct sink {
  FILE *out;
  hd_format format;
  stats *st;
  int any;
  const hd_article *article;
  const hd_dict *dict;
} sink;

/* Writes one event to the sink (an hd_event_fn). */
int write_event(const hd_event *ev, void *user);

/* Counts a skipped article and, unless quiet, says why on stderr. */
void note_skip(const options *o, stats *st, const hd_article *a, hd_skip why);

/* For a plain-text article A whose id another file of this run has, with
** other text: 1, its other id in OTHER and that file in FIRST; else 0.  And
** the message that says an article was given its other id. */
int plain_id_taken(const hd_article *a, char *other, size_t cap, char *first, size_t fcap);
void note_renamed(const hd_article *a, const char *first);

/* Codes the articles of PATH with o->jobs threads, writing events in input
** order; returns -1 when the file could not be read. */
int code_file_parallel(const options *o, const hd_dict *d, const char *path, sink *s);

/* interrupt.c: SIGINT, SIGTERM and SIGHUP set a flag that the commands
** look at between articles; stop_requested() is the signal, or 0. */
void catch_stop_signals(void);
int stop_requested(void);
const char *stop_name(void);   /* "SIGINT" */

/* An output file (-o FILE) written under a temporary name and renamed by
** out_close() when KEEP: FILE is whole or not there.  PATH NULL or "-" is
** standard output. */
typedef struct out_file { FILE *f; const char *path; char temp[4096]; } out_file;
FILE *out_open(out_file *of, const char *path);
/* Flushes and closes; 0, or 2 with a message when writing failed. */
int out_close(out_file *of, int keep);

/* loading.c: articles coded into a store (load) or coded again (recode),
** with JOBS threads coding and the main thread storing. */
typedef struct load_tally {
  unsigned long read, added, present, skipped, events, unreadable;
  time_t shown;
  int on_line;               /* a progress line is on the terminal, unfinished */
} load_tally;

typedef struct load_job {
  hd_store *store;
  const char *db;            /* its path or URI */
  const char *name;          /* the same, as messages show it (no password) */
  const hd_dict *dict;
  const char *date;          /* --date */
  int jobs, quiet;
  int replace;               /* recode: code stored articles again */
  unsigned long total;       /* recode: articles to code again */
  load_tally t;
} load_job;

/* Loads the articles of PATH: 0, -1 when it could not be read, -2 on a
** store error (said on stderr). */
int load_file(load_job *j, const char *path);
/* Codes again the articles R yields: 0, or -2 on an error. */
int load_recode(load_job *j, hd_recode *r, const char *db);
/* The progress line on a terminal (LAST ends it), and ending it before a message. */
void load_progress(load_job *j, int last);
void load_end_line(load_job *j);

#endif
