/*
** main.c: the hadath command.  A thin shell over libhadath (hadath.h only):
** it parses options, loads dictionaries, feeds articles from readers to a
** coder, writes events, and accounts for every article as coded or skipped.
**
** Exit status: 0 when every article was coded, 1 when any was skipped or a
** file could not be read, 2 on a usage or dictionary error (nothing coded).
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include "cli.h"

static const char usage_text[] =
  "usage: hadath code [OPTIONS] FILE...     code articles into CAMEO events\n"
  "       hadath explain [OPTIONS] TEXT...  show how the coder reads a text\n"
  "       hadath explain [OPTIONS] --file FILE\n"
  "       hadath gaps [OPTIONS] FILE...     list what the dictionaries lack in a corpus\n"
  "       hadath dict [OPTIONS]             check dictionaries and count their entries\n"
  "       hadath load [OPTIONS] DB FILE...  code articles into a store: an SQLite file,\n"
  "                                         or a PostgreSQL database (postgresql://...)\n"
  "       hadath recode [OPTIONS] DB        code a store's articles again (new dictionaries)\n"
  "       hadath query [OPTIONS] DB         list a store's events, groups of reports or counts\n"
  "       hadath report [OPTIONS] DB -o FILE  write an HTML report of a store\n"
  "       hadath copy SRC DST               copy a store into another, of either engine\n"
  "       (hadath load --help shows the options of the store's commands)\n"
  "       hadath --help | --version\n"
  "\n"
  "Inputs: a plain-text file is one article (its name, without folder and\n"
  "extension, is the article id); a file whose first character is '{' is JSON\n"
  "Lines, one article a line with \"id\" and \"text\" and optional \"date\",\n"
  "\"title\", \"source\", \"url\", \"category\" (which events carry); gzip is read\n"
  "transparently; '-' is standard input.\n"
  "\n"
  "Options:\n"
  "  -f, --format FMT   output format: json (JSON Lines, the default), tsv, or\n"
  "                     plover (the JSON Lines records of the PLOVER data-fields\n"
  "                     specification; events of CAMEO 01 and 02 have none)\n"
  "  -d, --dict FILE    add a dictionary file (repeatable; see docs/dictionaries.md)\n"
  "      --no-builtin   do not load the built-in dictionaries\n"
  "      --date DATE    date (YYYY-MM-DD) for articles that carry none in their\n"
  "                     metadata; otherwise the date printed in the article's\n"
  "                     first lines is used, else events have a null date\n"
  "  -o, --output FILE  write events to FILE instead of standard output (FILE\n"
  "                     appears when coding ends, whole)\n"
  "  -s, --stats        print counts of articles read, coded and skipped, by\n"
  "                     reason, and of events, to standard error\n"
  "  -q, --quiet        do not print a message for each skipped article\n"
  "  -j, --jobs N       code with N threads (output keeps the input order)\n"
  "  -r, --realis LIST  which events to print, by how real the text says they\n"
  "                     are: all, or a comma-separated list of actual,\n"
  "                     background, planned, hypothetical, negated, called-for,\n"
  "                     threatened, alleged (default: actual events, and\n"
  "                     background ones that carry a date of their own)\n"
  "      --incomplete   also print events of a kind done to someone (an appeal,\n"
  "                     a criticism, a threat, an arrest, military force) whose\n"
  "                     target was not found; they are left out by default\n"
  "      --file FILE    (explain) explain the articles of FILE\n"
  "  -n, --top N        (gaps) how many of each list to print (default 50)\n"
  "  -h, --help         show this help\n"
  "  -V, --version      show the version\n"
  "\n"
  "Exit status: 0 all articles coded; 1 some article skipped or a file unreadable;\n"
  "2 usage or dictionary error; 130 stopped by SIGINT (between two articles).\n";

/* The commands, for the message about an unknown one. */
#define COMMANDS "code, explain, gaps, dict, load, recode, query, report, copy"

/* One line: "hadath: what is wrong (see 'hadath --help')". */
static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "hadath: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see 'hadath --help')\n");
  return 2;
}

static int takes_value(const char *a) {
  static const char *const with_value[] = {"-f", "--format", "-d", "--dict", "--date", "-o", "--output", "--file",
                                           "-n", "--top", "-j", "--jobs", "-r", "--realis"};
  for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++)
    if (!strcmp(a, with_value[i])) return 1;
  return 0;
}

/* "all" or a comma-separated list of realis names. */
static int parse_realis(options *o, const char *v) {
  if (!strcmp(v, "all")) { o->realis = HD_REALIS_ALL; return 0; }
  o->realis = 0;
  for (const char *p = v; *p;) {
    size_t n = strcspn(p, ",");
    char name[32];
    snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1), p);
    int r = n < sizeof name ? hd_realis_from_name(name) : -1;
    if (r < 0)
      return usage_error("unknown realis '%s' (use all, or a list of actual, background, planned, hypothetical, "
                         "negated, called-for, threatened, alleged)", name);
    o->realis |= 1u << r;
    p += n + (p[n] == ',');
  }
  if (!o->realis) return usage_error("--realis needs at least one name%s", "");
  return 0;
}

static int set_option(options *o, const char *a, const char *v) {
  if (!strcmp(a, "-f") || !strcmp(a, "--format")) {
    if (!strcmp(v, "json")) o->format = HD_FORMAT_JSON;
    else if (!strcmp(v, "tsv")) o->format = HD_FORMAT_TSV;
    else if (!strcmp(v, "plover")) o->format = HD_FORMAT_PLOVER;
    else return usage_error("unknown format '%s' (use json, tsv or plover)", v);
  } else if (!strcmp(a, "-d") || !strcmp(a, "--dict")) {
    if (o->ndicts == (int)(sizeof o->dicts / sizeof *o->dicts)) return usage_error("too many --dict files%s", "");
    o->dicts[o->ndicts++] = v;
  } else if (!strcmp(a, "--date")) o->date = v;
  else if (!strcmp(a, "-o") || !strcmp(a, "--output")) o->output = v;
  else if (!strcmp(a, "--file")) o->file = v;
  else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
    char *end;
    o->jobs = strtol(v, &end, 10);
    if (*end || o->jobs <= 0 || o->jobs > 256) return usage_error("--jobs takes a number from 1 to 256, not '%s'", v);
  } else if (!strcmp(a, "-r") || !strcmp(a, "--realis")) {
    return parse_realis(o, v);
  } else if (!strcmp(a, "-n") || !strcmp(a, "--top")) {
    char *end;
    o->top = strtol(v, &end, 10);
    if (*end || o->top <= 0) return usage_error("--top takes a positive number, not '%s'", v);
  }
  return 0;
}

static int parse_args(int argc, char **argv, options *o) {
  /* as many arguments as the shell passes: never more than argc */
  if (!(o->args = calloc((size_t)argc, sizeof *o->args))) return usage_error("out of memory%s", "");
  int only_args = 0;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (only_args || a[0] != '-' || !strcmp(a, "-")) {
      o->args[o->nargs++] = a;
    } else if (!strcmp(a, "--")) only_args = 1;
    else if (takes_value(a)) {
      if (i + 1 >= argc) return usage_error("option %s needs a value", a);
      int r = set_option(o, a, argv[++i]);
      if (r) return r;
    } else if (!strcmp(a, "--no-builtin")) o->no_builtin = 1;
    else if (!strcmp(a, "-s") || !strcmp(a, "--stats")) o->stats = 1;
    else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) o->quiet = 1;
    else if (!strcmp(a, "--incomplete")) o->incomplete = 1;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(usage_text, stdout); exit(0); }
    else return usage_error("unknown option '%s'", a);
  }
  return 0;
}

static hd_dict *load_dicts(const options *o) {
  char err[512];
  hd_dict *d = hd_dict_new();
  if (!d) { fprintf(stderr, "hadath: out of memory\n"); return NULL; }
  hd_status st = o->no_builtin ? HD_OK : hd_dict_load_builtin(d, err, sizeof err);
  for (int i = 0; st == HD_OK && i < o->ndicts; i++) st = hd_dict_load_file(d, o->dicts[i], err, sizeof err);
  if (st != HD_OK) {
    fprintf(stderr, "hadath: %s\n", err[0] ? err : hd_status_message(st));
    hd_dict_free(d);
    return NULL;
  }
  return d;
}

int write_event(const hd_event *ev, void *user) {
  sink *s = user;
  if (!hd_write_event(ev, s->article, s->dict, s->format, s->out)) s->st->unwritten++;
  s->st->events++;
  s->any = 1;
  return 0;
}

void note_skip(const options *o, stats *st, const hd_article *a, hd_skip why) {
  st->skipped++;
  st->by_reason[why]++;
  if (o->quiet) return;
  const char *msg = hd_article_message(a);
  if (msg && *msg) fprintf(stderr, "hadath: %s\n", msg);
  else fprintf(stderr, "hadath: %s:%zu: article %s skipped: %s\n", hd_article_file(a), hd_article_line(a),
               hd_article_id(a), hd_skip_name(why));
}

/* Plain-text files are named by their file name, so two files of one
** name in different folders would share an id.  The later one, when its
** text differs, takes its other id (as the store does), and a message says
** so.  The ids seen are kept for the run; called on the main thread only. */
static struct { char **id, **other, **file; size_t n, cap; } plain;

int plain_id_taken(const hd_article *a, char *other, size_t cap, char *first, size_t fcap) {
  if (hd_article_line(a) != 0) return 0;   /* JSON Lines ids are the data's own */
  hd_article_other_id(a, other, cap);
  for (size_t i = 0; i < plain.n; i++) {
    if (strcmp(plain.id[i], hd_article_id(a)) != 0) continue;
    if (!strcmp(plain.other[i], other)) return 0;   /* the same text again */
    snprintf(first, fcap, "%s", plain.file[i]);
    return 1;
  }
  if (plain.n == plain.cap) {
    size_t cap2 = plain.cap ? plain.cap * 2 : 64;
    char **i2 = realloc(plain.id, cap2 * sizeof *i2), **o2 = i2 ? realloc(plain.other, cap2 * sizeof *o2) : NULL;
    char **f2 = o2 ? realloc(plain.file, cap2 * sizeof *f2) : NULL;
    if (i2) plain.id = i2;
    if (o2) plain.other = o2;
    if (!f2) return 0;
    plain.file = f2;
    plain.cap = cap2;
  }
  char *i = strdup(hd_article_id(a)), *o = strdup(other), *f = strdup(hd_article_file(a));
  if (!i || !o || !f) { free(i); free(o); free(f); return 0; }
  plain.id[plain.n] = i; plain.other[plain.n] = o; plain.file[plain.n] = f;
  plain.n++;
  return 0;
}

static void free_plain_ids(void) {
  for (size_t i = 0; i < plain.n; i++) { free(plain.id[i]); free(plain.other[i]); free(plain.file[i]); }
  free(plain.id); free(plain.other); free(plain.file);
  memset(&plain, 0, sizeof plain);
}

void note_renamed(const hd_article *a, const char *first) {
  fprintf(stderr, "hadath: %s: another file, %s, has the same name and other text; its events carry the id '%s'\n",
          hd_article_file(a), first, hd_article_id(a));
}

/* Codes every article of PATH; returns -1 when the file could not be read. */
static int code_file(const options *o, hd_coder *c, const char *path, sink *s) {
  char err[512];
  hd_status st;
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) {
    fprintf(stderr, "hadath: %s\n", err);
    return -1;
  }
  const hd_article *a;
  int rc = 0;
  while (!stop_requested() && ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP)) {
    s->st->read++;
    if (st == HD_SKIP) { note_skip(o, s->st, a, hd_article_skip(a)); continue; }
    char other[1024], first[1024];
    hd_article *renamed = NULL;
    if (plain_id_taken(a, other, sizeof other, first, sizeof first) && (renamed = hd_article_clone(a)) &&
        hd_article_set_id(renamed, other) == HD_OK) {
      note_renamed(renamed, first);
      a = renamed;
    }
    s->any = 0;
    s->article = a;
    hd_status cs = hd_code_article(c, a, write_event, s);
    hd_article_free(renamed);
    if (cs == HD_SKIP) { note_skip(o, s->st, a, hd_coder_skip(c)); continue; }
    if (cs != HD_OK) { fprintf(stderr, "hadath: %s: %s\n", path, hd_status_message(cs)); rc = -1; break; }
    s->st->coded++;
    s->st->with_events += s->any;
  }
  if (st == HD_ERR_IO) { fprintf(stderr, "hadath: %s\n", hd_reader_error(r)); rc = -1; }
  hd_reader_close(r);
  return rc;
}

static void print_stats(const stats *st) {
  struct rusage ru;
  long peak_kb = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : 0;
  fprintf(stderr, "hadath: %lu articles read, %lu coded (%lu with events), %lu skipped; %lu sentences, %lu events",
          st->read, st->coded, st->with_events, st->skipped, st->sentences, st->events);
  if (st->unreadable) fprintf(stderr, "; %lu files unreadable", st->unreadable);
  if (st->unwritten) fprintf(stderr, "; %lu events without a PLOVER type not written", st->unwritten);
  fprintf(stderr, "; peak memory %.1f MB\n", peak_kb / 1024.0);
  for (int i = 1; i < HD_SKIP_COUNT; i++)
    if (st->by_reason[i]) fprintf(stderr, "hadath:   skipped %s: %lu\n", hd_skip_name((hd_skip)i), st->by_reason[i]);
}

static int run_code(const options *o, hd_dict *d) {
  if (o->nargs == 0) return usage_error("code: no input files (use '-' for standard input)%s", "");
  hd_status st;
  hd_coder *c = hd_coder_new(d, o->date, &st);
  if (!c) return usage_error("bad --date '%s' (use YYYY-MM-DD)", o->date ? o->date : "");
  hd_coder_set_realis(c, o->realis);
  hd_coder_set_incomplete(c, o->incomplete);
  out_file of;
  FILE *out = out_open(&of, o->output);
  if (!out) { hd_coder_free(c); return 2; }
  stats counts = {0};
  sink s = {out, o->format, &counts, 0, NULL, d};
  hd_write_header(o->format, out);
  for (int i = 0; i < o->nargs && !stop_requested(); i++) {
    int r = o->jobs > 1 ? code_file_parallel(o, d, o->args[i], &s) : code_file(o, c, o->args[i], &s);
    if (r != 0) counts.unreadable++;
  }
  counts.sentences += hd_coder_sentences(c);
  free_plain_ids();
  if (o->stats) print_stats(&counts);
  int stopped = stop_requested();
  int bad = out_close(&of, !stopped);
  hd_coder_free(c);
  if (stopped) {
    /* what was written is whole: the events of every article read before */
    fprintf(stderr, "hadath: stopped by %s after %lu articles%s%s%s\n", stop_name(), counts.read,
            o->output ? "; " : "", o->output ? o->output : "", o->output ? " not written" : "");
    return 128 + stopped;
  }
  return bad ? 2 : (counts.skipped || counts.unreadable) ? 1 : 0;
}

static int explain_text(hd_coder *c, const options *o) {
  size_t len = 0;
  for (int i = 0; i < o->nargs; i++) len += strlen(o->args[i]) + 1;
  char *text = malloc(len + 1), *p = text;
  if (!text) return 2;
  for (int i = 0; i < o->nargs; i++) p += sprintf(p, "%s%s", i ? " " : "", o->args[i]);
  hd_article *a = hd_article_new("text", text, (size_t)(p - text));
  free(text);
  if (!a) return 2;
  hd_status st = hd_explain(c, a, stdout);
  hd_article_free(a);
  return st == HD_OK ? 0 : 1;
}

static int explain_file(hd_coder *c, const char *path) {
  char err[512];
  hd_status st;
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) { fprintf(stderr, "hadath: %s\n", err); return 1; }
  const hd_article *a;
  int rc = 0;
  while ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP) {
    if (st == HD_SKIP) { fprintf(stderr, "hadath: %s\n", hd_article_message(a)); rc = 1; continue; }
    if (hd_explain(c, a, stdout) != HD_OK) rc = 1;
    putchar('\n');
  }
  if (st == HD_ERR_IO) { fprintf(stderr, "hadath: %s\n", hd_reader_error(r)); rc = 1; }
  hd_reader_close(r);
  return rc;
}

static int run_explain(const options *o, hd_dict *d) {
  if (!o->file && o->nargs == 0) return usage_error("explain: give a text, or --file FILE%s", "");
  hd_status st;
  hd_coder *c = hd_coder_new(d, o->date, &st);
  if (!c) return usage_error("bad --date '%s' (use YYYY-MM-DD)", o->date ? o->date : "");
  int rc = o->file ? explain_file(c, o->file) : explain_text(c, o);
  hd_coder_free(c);
  return rc;
}

static int run_gaps(const options *o, hd_dict *d) {
  if (o->nargs == 0) return usage_error("gaps: no input files (use '-' for standard input)%s", "");
  hd_status st;
  hd_coder *c = hd_coder_new(d, o->date, &st);
  hd_gaps *g = hd_gaps_new();
  if (!c || !g) { hd_coder_free(c); hd_gaps_free(g); return usage_error("bad --date '%s'", o->date ? o->date : ""); }
  int rc = 0;
  for (int i = 0; i < o->nargs; i++) {
    char err[512];
    hd_reader *r = hd_reader_open(o->args[i], &st, err, sizeof err);
    if (!r) { fprintf(stderr, "hadath: %s\n", err); rc = 1; continue; }
    const hd_article *a;
    while ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP) {
      if (st == HD_SKIP) { if (!o->quiet) fprintf(stderr, "hadath: %s\n", hd_article_message(a)); rc = 1; continue; }
      if (hd_gaps_article(g, c, a) == HD_ERR_NOMEM) { fprintf(stderr, "hadath: out of memory\n"); rc = 2; break; }
    }
    if (st == HD_ERR_IO) { fprintf(stderr, "hadath: %s\n", hd_reader_error(r)); rc = 1; }
    hd_reader_close(r);
  }
  hd_gaps_write(g, o->top ? (size_t)o->top : 50, stdout);
  hd_gaps_free(g);
  hd_coder_free(c);
  return rc;
}

static int run_dict(hd_dict *d) {
  static const char *const sections[] = {"countries", "actors", "agents", "verbs", "cameo", "stop", "markers"};
  for (size_t i = 0; i < sizeof sections / sizeof *sections; i++)
    printf("%-10s %zu\n", sections[i], hd_dict_count(d, sections[i]));
  return 0;
}

int hd_cli_store(int argc, char **argv);   /* store.c: load, query, report */

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "hadath: give a command: " COMMANDS " (see 'hadath --help')\n");
    return 2;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) { fputs(usage_text, stdout); return 0; }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) { printf("hadath %s\n", HD_VERSION); return 0; }
  catch_stop_signals();
  if (!strcmp(cmd, "load") || !strcmp(cmd, "recode") || !strcmp(cmd, "query") || !strcmp(cmd, "report") ||
      !strcmp(cmd, "copy"))
    return hd_cli_store(argc, argv);
  if (strcmp(cmd, "code") && strcmp(cmd, "explain") && strcmp(cmd, "dict") && strcmp(cmd, "gaps"))
    return usage_error("unknown command '%s'; the commands are " COMMANDS, cmd);
  static options o;
  o.command = cmd;
  int r = parse_args(argc, argv, &o);
  if (r) return r;
  hd_dict *d = load_dicts(&o);
  if (!d) return 2;
  int rc = !strcmp(cmd, "code") ? run_code(&o, d) : !strcmp(cmd, "explain") ? run_explain(&o, d)
         : !strcmp(cmd, "gaps") ? run_gaps(&o, d) : run_dict(d);
  hd_dict_free(d);
  return rc;
}
