/*
** store.c: the commands of the event store, as thin as main.c: load codes
** articles into an SQLite store, query lists its events or groups of
** reports, report writes an HTML page.  All the work is in the library
** (hd_store_* in hadath.h); this file parses options and prints.
**
** Exit status: 0 on success; 1 when load skipped an article or could not
** read a file; 2 on a usage, dictionary or database error.
*/
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

int hd_cli_store(int argc, char **argv);

static const char store_usage[] =
  "usage: hadath load [OPTIONS] DB FILE...     code articles into the store DB (created if missing)\n"
  "       hadath query [OPTIONS] DB            list the events (or --groups) of DB\n"
  "       hadath report [OPTIONS] DB -o FILE   write an HTML report of DB\n"
  "\n"
  "load: the inputs of 'hadath code'.  An article already in DB (same outlet and id)\n"
  "is skipped, so loading again adds nothing and completes an interrupted load.\n"
  "  -d, --dict FILE      add a dictionary file     --no-builtin  only --dict files\n"
  "      --date DATE      date of articles that carry none\n"
  "      --batch N        articles per transaction (default 500)\n"
  "  -s, --stats          print counts to standard error\n"
  "  -q, --quiet          no progress line and no message for skipped articles\n"
  "\n"
  "Filters (query and report):\n"
  "      --source A, --target A, --actor A   actor: RUS (every code of the country)\n"
  "                       or RUSGOV (that code); --actor is either side\n"
  "      --dyad A,B       events between A and B, either way\n"
  "      --code C, --root R, --quad N, --plover TYPE   CAMEO code, root, quad class, PLOVER type\n"
  "      --from DATE, --to DATE   dates, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)\n"
  "      --outlet NAME, --doc ID  articles of an outlet, one article\n"
  "      --text WORDS     articles with all these words (folded: diacritics and\n"
  "                       letter forms do not matter; \"in quotes\" for a phrase)\n"
  "      --one-a-day      at most one event per date, dyad and code (query)\n"
  "  -n, --limit N        at most N rows (report: N events listed, default 500)\n"
  "\n"
  "Grouping of reports into one event (load, query --groups, report):\n"
  "      --group-by root|code          CAMEO precision (default root)\n"
  "      --actors country|full         actor precision (default country)\n"
  "      --days N                      date tolerance in days (default 1)\n"
  "      --direction mutual|directed|any   when A-B and B-A are one dyad (default mutual:\n"
  "                       when one sentence codes both)\n"
  "\n"
  "query:\n"
  "      --groups         list deduplicated events with their counts of reports\n"
  "  -f, --format FMT     table (default), jsonl, csv or tsv\n"
  "      --summary        counts of the store     --check   check the database\n"
  "      --dump           everything, as canonical JSON Lines\n"
  "  -o, --output FILE    write to FILE\n"
  "report:\n"
  "  -o, --output FILE    the HTML file ('-' for standard output)\n"
  "      --title TEXT     the page's title\n";

enum { LOAD = 1, QUERY = 2, REPORT = 4, FILTERS = QUERY | REPORT, GROUPING = LOAD | QUERY | REPORT };

typedef struct sopts {
  int cmd;
  const char **args;
  int nargs;
  const char *dicts[64];
  int ndicts, no_builtin, quiet, stats, groups, dump, summary, check;
  const char *date, *output, *title;
  unsigned batch;
  hd_rows_format format;
  hd_grouping g;
  hd_filter f;
} sopts;

typedef enum kind { STR, FLAG, SPECIAL } kind;

static const struct opt {
  const char *name, *alias;
  kind kind;
  size_t slot;
  int cmds;
} opts[] = {
  {"--dict", "-d", SPECIAL, 0, LOAD},
  {"--no-builtin", NULL, FLAG, offsetof(sopts, no_builtin), LOAD},
  {"--date", NULL, STR, offsetof(sopts, date), LOAD},
  {"--batch", NULL, SPECIAL, 0, LOAD},
  {"--quiet", "-q", FLAG, offsetof(sopts, quiet), LOAD},
  {"--stats", "-s", FLAG, offsetof(sopts, stats), LOAD},
  {"--group-by", NULL, SPECIAL, 0, GROUPING},
  {"--actors", NULL, SPECIAL, 0, GROUPING},
  {"--days", NULL, SPECIAL, 0, GROUPING},
  {"--direction", NULL, SPECIAL, 0, GROUPING},
  {"--source", NULL, STR, offsetof(sopts, f.source), FILTERS},
  {"--target", NULL, STR, offsetof(sopts, f.target), FILTERS},
  {"--actor", NULL, STR, offsetof(sopts, f.actor), FILTERS},
  {"--dyad", NULL, STR, offsetof(sopts, f.dyad), FILTERS},
  {"--code", NULL, STR, offsetof(sopts, f.code), FILTERS},
  {"--root", NULL, STR, offsetof(sopts, f.root), FILTERS},
  {"--plover", NULL, STR, offsetof(sopts, f.plover), FILTERS},
  {"--outlet", NULL, STR, offsetof(sopts, f.outlet), FILTERS},
  {"--doc", NULL, STR, offsetof(sopts, f.doc), FILTERS},
  {"--from", NULL, STR, offsetof(sopts, f.from), FILTERS},
  {"--to", NULL, STR, offsetof(sopts, f.to), FILTERS},
  {"--text", NULL, STR, offsetof(sopts, f.text), FILTERS},
  {"--quad", NULL, SPECIAL, 0, FILTERS},
  {"--one-a-day", NULL, FLAG, offsetof(sopts, f.one_a_day), QUERY},
  {"--limit", "-n", SPECIAL, 0, FILTERS},
  {"--groups", NULL, FLAG, offsetof(sopts, groups), QUERY},
  {"--format", "-f", SPECIAL, 0, QUERY},
  {"--dump", NULL, FLAG, offsetof(sopts, dump), QUERY},
  {"--summary", NULL, FLAG, offsetof(sopts, summary), QUERY},
  {"--check", NULL, FLAG, offsetof(sopts, check), QUERY},
  {"--output", "-o", STR, offsetof(sopts, output), QUERY | REPORT},
  {"--title", NULL, STR, offsetof(sopts, title), REPORT},
};

/* One line: "hadath: what is wrong (see 'hadath load --help')". */
static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "hadath: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, " (see 'hadath load --help')\n");
  return 2;
}

static const struct opt *find_opt(const char *a) {
  for (size_t i = 0; i < sizeof opts / sizeof *opts; i++)
    if (!strcmp(a, opts[i].name) || (opts[i].alias && !strcmp(a, opts[i].alias))) return &opts[i];
  return NULL;
}

static int number(const char *name, const char *v, long min, long *out) {
  char *end;
  *out = strtol(v, &end, 10);
  if (!*v || *end || *out < min) {
    fprintf(stderr, "hadath: %s takes a number of at least %ld, not '%s'\n", name, min, v);
    return 2;
  }
  return 0;
}

static int set_choice(const char *name, const char *v, const char *const *choices, int *out) {
  for (int i = 0; choices[i]; i++)
    if (!strcmp(v, choices[i])) { *out = i; return 0; }
  fprintf(stderr, "hadath: %s takes ", name);
  for (int i = 0; choices[i]; i++) fprintf(stderr, "%s%s", i ? choices[i + 1] ? ", " : " or " : "", choices[i]);
  fprintf(stderr, ", not '%s'\n", v);
  return 2;
}

static int set_special(sopts *o, const char *name, const char *v) {
  static const char *const precision[] = {"root", "code", NULL}, *const actors[] = {"country", "full", NULL};
  static const char *const direction[] = {"mutual", "directed", "any", NULL};
  static const char *const formats[] = {"table", "jsonl", "csv", "tsv", NULL};
  long n;
  int c, rc = 0;
  if (!strcmp(name, "--dict")) {
    if (o->ndicts == (int)(sizeof o->dicts / sizeof *o->dicts)) return usage_error("too many --dict files%s", "");
    o->dicts[o->ndicts++] = v;
  } else if (!strcmp(name, "--batch")) { if (!(rc = number(name, v, 1, &n))) o->batch = (unsigned)n; }
  else if (!strcmp(name, "--days")) { if (!(rc = number(name, v, 0, &n))) o->g.days = (int)n; }
  else if (!strcmp(name, "--quad")) {
    char *end;
    n = strtol(v, &end, 10);
    if (!*v || *end || n < 1 || n > 4) {
      fprintf(stderr, "hadath: --quad takes a quad class from 1 to 4, not '%s'\n", v);
      return 2;
    }
    o->f.quad = (int)n;
  }
  else if (!strcmp(name, "--limit")) { if (!(rc = number(name, v, 1, &n))) o->f.limit = n; }
  else if (!strcmp(name, "--group-by")) { if (!(rc = set_choice(name, v, precision, &c))) o->g.full_code = c; }
  else if (!strcmp(name, "--actors")) { if (!(rc = set_choice(name, v, actors, &c))) o->g.full_actors = c; }
  else if (!strcmp(name, "--direction")) {
    if (!(rc = set_choice(name, v, direction, &c))) o->g.direction = (hd_direction)c;
  }
  else if (!strcmp(name, "--format")) { if (!(rc = set_choice(name, v, formats, &c))) o->format = (hd_rows_format)c; }
  return rc;
}

static int set_opt(sopts *o, const struct opt *p, const char *v) {
  if (p->kind == STR) { *(const char **)((char *)o + p->slot) = v; return 0; }
  if (p->kind == FLAG) { *(int *)((char *)o + p->slot) = 1; return 0; }
  return set_special(o, p->name, v);
}

static int parse(int argc, char **argv, sopts *o) {
  /* as many arguments as the shell passes: never more than argc */
  if (!(o->args = calloc((size_t)argc, sizeof *o->args))) return usage_error("out of memory%s", "");
  int only_args = 0;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    const struct opt *p;
    if (only_args || a[0] != '-' || !strcmp(a, "-")) {
      o->args[o->nargs++] = a;
    } else if (!strcmp(a, "--")) only_args = 1;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { fputs(store_usage, stdout); exit(0); }
    else if (!(p = find_opt(a)) || !(p->cmds & o->cmd)) return usage_error("unknown option '%s'", a);
    else if (p->kind != FLAG && i + 1 >= argc) return usage_error("option %s needs a value", a);
    else {
      int r = set_opt(o, p, p->kind == FLAG ? NULL : argv[++i]);
      if (r) return r;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* load                                                                */

typedef struct tally {
  unsigned long read, added, present, skipped, events, unreadable;
  time_t shown;
  int on_line;          /* a progress line is on the terminal, unfinished */
} tally;

/* The progress line, rewritten in place once a second, on a terminal only. */
static void progress(const sopts *o, tally *t, int last) {
  if (o->quiet || !isatty(2)) return;
  time_t now = time(NULL);
  if (!last && now == t->shown) return;
  t->shown = now;
  fprintf(stderr, "\rhadath: %lu articles read, %lu added, %lu already stored, %lu events%s", t->read, t->added,
          t->present, t->events, last ? "\n" : "");
  t->on_line = !last;
}

/* Ends the progress line so that a message starts on a line of its own. */
static void end_line(tally *t) {
  if (t->on_line) fputc('\n', stderr);
  t->on_line = 0;
}

static hd_dict *load_dicts(const sopts *o) {
  char err[512] = "";
  hd_dict *d = hd_dict_new();
  if (!d) { fprintf(stderr, "hadath: out of memory\n"); return NULL; }
  hd_status st = o->no_builtin ? HD_OK : hd_dict_load_builtin(d, err, sizeof err);
  for (int i = 0; st == HD_OK && i < o->ndicts; i++) st = hd_dict_load_file(d, o->dicts[i], err, sizeof err);
  if (st == HD_OK) return d;
  fprintf(stderr, "hadath: %s\n", err[0] ? err : hd_status_message(st));
  hd_dict_free(d);
  return NULL;
}

static void load_skip(const sopts *o, tally *t, const hd_article *a, hd_skip why) {
  t->skipped++;
  if (o->quiet) return;
  end_line(t);
  const char *msg = hd_article_message(a);
  if (msg && *msg) fprintf(stderr, "hadath: %s\n", msg);
  else fprintf(stderr, "hadath: %s:%zu: article %s skipped: %s\n", hd_article_file(a), hd_article_line(a),
               hd_article_id(a), hd_skip_name(why));
}

/* Loads the articles of PATH; -1 when the file could not be read, -2 on a
** store error. */
static int load_file(const sopts *o, hd_store *s, hd_coder *c, const char *path, tally *t) {
  char err[512];
  hd_status st;
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) { end_line(t); fprintf(stderr, "hadath: %s\n", err); return -1; }
  const hd_article *a;
  int rc = 0;
  while (rc == 0 && !stop_requested() && ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP)) {
    hd_stored how;
    size_t events;
    t->read++;
    if (st == HD_SKIP) { load_skip(o, t, a, hd_article_skip(a)); continue; }
    hd_status ls = hd_store_load_article(s, c, a, &how, &events);
    if (ls != HD_OK) {
      end_line(t);
      fprintf(stderr, "hadath: %s: %s\n", path, *hd_store_error(s) ? hd_store_error(s) : hd_status_message(ls));
      rc = -2;
      break;
    }
    if (how == HD_STORED_SKIPPED) load_skip(o, t, a, hd_coder_skip(c));
    t->added += how == HD_STORED_NEW;
    t->present += how == HD_STORED_PRESENT;
    t->events += events;
    progress(o, t, 0);
  }
  if (st == HD_ERR_IO) { end_line(t); fprintf(stderr, "hadath: %s\n", hd_reader_error(r)); rc = rc ? rc : -1; }
  hd_reader_close(r);
  return rc;
}

static int load_all(const sopts *o, hd_store *s, hd_coder *c, tally *t) {
  for (int i = 1; i < o->nargs && !stop_requested(); i++) {
    int rc = load_file(o, s, c, o->args[i], t);
    if (rc == -2) return 2;
    if (rc == -1) t->unreadable++;
  }
  /* stopped: what was read is committed; grouping waits for the next load */
  if (hd_store_commit(s) != HD_OK || (!stop_requested() && hd_store_group(s, &o->g) != HD_OK)) {
    end_line(t);
    fprintf(stderr, "hadath: %s: %s\n", o->args[0], hd_store_error(s));
    return 2;
  }
  return 0;
}

static int run_load(const sopts *o) {
  if (o->nargs < 2) return usage_error("load: give a store and input files (use '-' for standard input)%s", "");
  char err[512];
  hd_status st;
  hd_dict *d = load_dicts(o);
  if (!d) return 2;
  hd_coder *c = hd_coder_new(d, o->date, &st);
  if (!c) { hd_dict_free(d); return usage_error("bad --date '%s' (use YYYY-MM-DD)", o->date ? o->date : ""); }
  hd_store *s = hd_store_open(o->args[0], 1, &st, err, sizeof err);
  tally t = {0};
  int rc = s ? 0 : 2;
  if (!s) fprintf(stderr, "hadath: %s\n", err);
  if (s && o->batch) hd_store_set_batch(s, o->batch);
  if (s) rc = load_all(o, s, c, &t);
  progress(o, &t, 1);
  if (o->stats)
    fprintf(stderr, "hadath: %lu articles read, %lu added (%lu events), %lu already stored, %lu skipped\n", t.read,
            t.added, t.events, t.present, t.skipped);
  if (hd_store_close(s) != HD_OK && !rc) rc = 2;
  hd_coder_free(c);
  hd_dict_free(d);
  if (stop_requested() && !rc) {
    fprintf(stderr, "hadath: stopped by %s after %lu articles; they are stored, and loading again finishes the load\n",
            stop_name(), t.read);
    return 128 + stop_requested();
  }
  return rc ? rc : (t.skipped || t.unreadable) ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* query and report                                                    */


static int write_rows(const sopts *o, hd_store *s, FILE *out) {
  hd_status st;
  hd_rows *r = o->groups ? hd_store_groups(s, &o->f, &o->g, &st) : hd_store_events(s, &o->f, &st);
  if (!r) return -1;
  st = hd_rows_write(r, o->format, out, NULL);
  hd_rows_free(r);
  return st == HD_OK ? 0 : -1;
}

static int query_store(const sopts *o, hd_store *s, FILE *out) {
  if (o->check) {
    if (hd_store_check(s) != HD_OK) return -1;
    fputs("ok\n", out);
    return 0;
  }
  if (o->summary) return hd_store_summary(s, out) == HD_OK ? 0 : -1;
  if (o->dump) return hd_store_dump(s, out) == HD_OK ? 0 : -1;
  return write_rows(o, s, out);
}

static int run_query(const sopts *o) {
  if (o->nargs != 1) return usage_error("query: give one store%s", "");
  char err[512];
  hd_status st;
  if (hd_filter_check(&o->f, err, sizeof err) != HD_OK) return usage_error("%s", err);
  hd_store *s = hd_store_open(o->args[0], 0, &st, err, sizeof err);
  if (!s) { fprintf(stderr, "hadath: %s\n", err); return 2; }
  out_file of;
  FILE *out = out_open(&of, o->output);
  int rc = out ? query_store(o, s, out) : -1;
  if (rc != 0 && out) fprintf(stderr, "hadath: %s: %s\n", o->args[0], hd_store_error(s));
  if (out && out_close(&of, rc == 0)) rc = -1;
  hd_store_close(s);
  return rc ? 2 : 0;
}

static int run_report(const sopts *o) {
  if (o->nargs != 1) return usage_error("report: give one store%s", "");
  if (!o->output) return usage_error("report: give the output file with -o FILE ('-' for standard output)%s", "");
  char err[512];
  hd_status st;
  if (hd_filter_check(&o->f, err, sizeof err) != HD_OK) return usage_error("%s", err);
  hd_store *s = hd_store_open(o->args[0], 0, &st, err, sizeof err);
  if (!s) { fprintf(stderr, "hadath: %s\n", err); return 2; }
  out_file of;
  FILE *out = out_open(&of, o->output);
  int rc = out ? 0 : 2;
  if (out && hd_store_report(s, &o->f, &o->g, o->title, out) != HD_OK) {
    fprintf(stderr, "hadath: %s: %s\n", o->args[0], hd_store_error(s));
    rc = 2;
  }
  if (out && out_close(&of, rc == 0)) rc = 2;
  hd_store_close(s);
  return rc;
}

int hd_cli_store(int argc, char **argv) {
  static sopts o;
  const char *cmd = argv[1];
  o.cmd = !strcmp(cmd, "load") ? LOAD : !strcmp(cmd, "query") ? QUERY : REPORT;
  o.g = hd_grouping_default();
  o.format = HD_ROWS_TABLE;
  int r = parse(argc, argv, &o);
  if (r) return r;
  return o.cmd == LOAD ? run_load(&o) : o.cmd == QUERY ? run_query(&o) : run_report(&o);
}
