/*
** store.c: the commands of the event store, as thin as main.c: load codes
** articles into a store (an SQLite file or a postgresql:// URI), recode
** codes them again, query lists its events, groups of reports or counts,
** report writes an HTML page, copy moves a store to another (of either
** engine).  All the work is in the library (hd_store_* in hadath.h) and in
** loading.c; this file parses options and prints.  Messages name a store
** as hd_store_redact() gives it: a URI never shows its password.
**
** Exit status: 0 on success; 1 when load skipped an article or could not
** read a file; 2 on a usage, dictionary or database error.
*/
#include <errno.h>
#include <pthread.h>
#include <signal.h>
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
  "       hadath load DB --from-dump FILE      make the empty store DB from a dump ('-': standard input)\n"
  "       hadath recode [OPTIONS] DB           code DB's articles again with these dictionaries\n"
  "       hadath query [OPTIONS] DB            list the events (or --groups, or --count-by) of DB\n"
  "       hadath report [OPTIONS] DB -o FILE   write an HTML report of DB\n"
  "       hadath copy SRC DST                  copy the store SRC into the new or empty store DST\n"
  "\n"
  "DB is an SQLite file, or a PostgreSQL database: postgresql://USER@HOST/NAME (libpq's\n"
  "URI; give the password in ~/.pgpass or PGPASSWORD rather than in the URI, which\n"
  "others may see; hadath never prints it).  Both hold the same tables and give the\n"
  "same answers; on PostgreSQL many loads may run at once, on one machine or several\n"
  "(see docs/store.md).\n"
  "\n"
  "load: the inputs of 'hadath code'.  An article already in DB (same outlet, id and\n"
  "text) is left alone, so loading again adds nothing and completes an interrupted\n"
  "load.  An id stored with other text is stored as ID~HASH, and said so every time.\n"
  "Every event is stored, whatever its realis; queries choose.\n"
  "recode: codes again the articles coded by another hadath or other dictionaries\n"
  "(all of them after a change of --dict), then groups them again; resumable.\n"
  "  -d, --dict FILE      add a dictionary file     --no-builtin  only --dict files\n"
  "      --date DATE      date of articles that carry none\n"
  "  -j, --jobs N         code with N threads, store with one (the store is the same)\n"
  "      --batch N        articles per transaction (SQLite; default 500; PostgreSQL: 1)\n"
  "      --from-dump FILE load the dump of 'hadath query --dump' into the empty store DB\n"
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
  "      --category LIST  articles of these categories (JSON Lines \"category\", comma-separated)\n"
  "      --not-category LIST   articles of none of them (sport)\n"
  "      --text WORDS     articles with all these words (folded: diacritics and\n"
  "                       letter forms do not matter; \"in quotes\" for a phrase)\n"
  "  -r, --realis LIST    all, or a list of actual, background, planned, hypothetical,\n"
  "                       negated, called-for, threatened, alleged (default: what\n"
  "                       'hadath code' prints, actual and background with a date)\n"
  "      --mutual-once    an exchange coded both ways (mutual) counts once: only the\n"
  "                       direction whose source code sorts first\n"
  "      --one-a-day      at most one event per date, dyad and code (query)\n"
  "  -n, --limit N        at most N rows (report: N events listed, default 500)\n"
  "\n"
  "Grouping of reports into one event (load, recode, query --groups, report):\n"
  "      --group-by root|code          CAMEO precision (default root)\n"
  "      --actors country|full         actor precision (default country; also of --count-by)\n"
  "      --days N                      date tolerance in days (default 1)\n"
  "      --direction mutual|directed|any   when A-B and B-A are one dyad (default mutual:\n"
  "                       when one sentence codes both)\n"
  "\n"
  "query:\n"
  "      --groups         list deduplicated events with their counts of reports\n"
  "      --count-by KEYS  counts of events by a comma-separated list of day, week,\n"
  "                       month, year, dyad, pair, source, target, actor, root, code,\n"
  "                       quad, plover, outlet, category, realis: events, reports,\n"
  "                       articles, goldstein_sum, goldstein_mean (dyad is directed: an\n"
  "                       exchange coded both ways counts in both dyads; pair is the two\n"
  "                       actors in either order; --mutual-once counts an exchange once)\n"
  "  -f, --format FMT     table (default), jsonl, csv or tsv\n"
  "      --summary        counts of the store     --check   check the database\n"
  "      --dump           everything, as canonical JSON Lines (load --from-dump reads it)\n"
  "      --explain        the plan of the query instead of its rows (PostgreSQL: with times)\n"
  "  -o, --output FILE    write to FILE\n"
  "report:\n"
  "  -o, --output FILE    the HTML file ('-' for standard output)\n"
  "      --title TEXT     the page's title\n";

enum {
  LOAD = 1, QUERY = 2, REPORT = 4, RECODE = 8, COPY = 16, CODING = LOAD | RECODE, FILTERS = QUERY | REPORT,
  GROUPING = LOAD | QUERY | REPORT | RECODE
};

typedef struct sopts {
  int cmd;
  const char **args;
  int nargs;
  const char *dicts[64];
  int ndicts, no_builtin, quiet, stats, groups, dump, summary, check, explain, grouping_given;
  const char *date, *output, *title, *count_by, *from_dump;
  char name[512];             /* the store as messages name it */
  unsigned batch;
  long jobs;
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
  {"--dict", "-d", SPECIAL, 0, CODING},
  {"--no-builtin", NULL, FLAG, offsetof(sopts, no_builtin), CODING},
  {"--date", NULL, STR, offsetof(sopts, date), CODING},
  {"--batch", NULL, SPECIAL, 0, CODING},
  {"--jobs", "-j", SPECIAL, 0, CODING},
  {"--quiet", "-q", FLAG, offsetof(sopts, quiet), CODING},
  {"--stats", "-s", FLAG, offsetof(sopts, stats), CODING},
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
  {"--category", NULL, STR, offsetof(sopts, f.category), FILTERS},
  {"--not-category", NULL, STR, offsetof(sopts, f.not_category), FILTERS},
  {"--realis", "-r", SPECIAL, 0, FILTERS},
  {"--mutual-once", NULL, FLAG, offsetof(sopts, f.mutual_once), FILTERS},
  {"--count-by", NULL, STR, offsetof(sopts, count_by), QUERY},
  {"--quad", NULL, SPECIAL, 0, FILTERS},
  {"--one-a-day", NULL, FLAG, offsetof(sopts, f.one_a_day), QUERY},
  {"--limit", "-n", SPECIAL, 0, FILTERS},
  {"--groups", NULL, FLAG, offsetof(sopts, groups), QUERY},
  {"--format", "-f", SPECIAL, 0, QUERY},
  {"--dump", NULL, FLAG, offsetof(sopts, dump), QUERY},
  {"--explain", NULL, FLAG, offsetof(sopts, explain), QUERY},
  {"--from-dump", NULL, STR, offsetof(sopts, from_dump), LOAD},
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

/* "all" or a comma-separated list of realis names. */
static int set_realis(sopts *o, const char *v) {
  if (!strcmp(v, "all")) { o->f.realis = HD_REALIS_ALL; return 0; }
  o->f.realis = 0;
  for (const char *p = v; *p;) {
    size_t n = strcspn(p, ",");
    char name[32];
    snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1), p);
    int r = n < sizeof name ? hd_realis_from_name(name) : -1;
    if (r < 0) {
      fprintf(stderr, "hadath: --realis: unknown realis '%s' (use all, or a list of actual, background, planned, "
              "hypothetical, negated, called-for, threatened, alleged)\n", name);
      return 2;
    }
    o->f.realis |= 1u << r;
    p += n + (p[n] == ',');
  }
  if (!o->f.realis) return usage_error("--realis needs at least one name%s", "");
  return 0;
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
  else if (!strcmp(name, "--jobs")) {
    if (!(rc = number(name, v, 1, &n)) && n > 256) {
      fprintf(stderr, "hadath: --jobs takes a number from 1 to 256, not '%s'\n", v);
      rc = 2;
    }
    o->jobs = n;
  } else if (!strcmp(name, "--realis")) rc = set_realis(o, v);
  else if (!strcmp(name, "--group-by")) { if (!(rc = set_choice(name, v, precision, &c))) o->g.full_code = c; }
  else if (!strcmp(name, "--actors")) { if (!(rc = set_choice(name, v, actors, &c))) o->g.full_actors = c; }
  else if (!strcmp(name, "--direction")) {
    if (!(rc = set_choice(name, v, direction, &c))) o->g.direction = (hd_direction)c;
  }
  else if (!strcmp(name, "--format")) { if (!(rc = set_choice(name, v, formats, &c))) o->format = (hd_rows_format)c; }
  return rc;
}

static int set_opt(sopts *o, const struct opt *p, const char *v) {
  if (p->cmds == GROUPING) o->grouping_given = 1;
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
/* load and recode                                                     */

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

/* Says when articles of the store were coded otherwise than these would be. */
static int warn_stale(const sopts *o, hd_store *s, const hd_dict *d) {
  unsigned long n;
  if (hd_store_stale(s, d, &n) != HD_OK) {
    fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(s));
    return -1;
  }
  if (n)
    fprintf(stderr, "hadath: %s: %lu articles were coded by another version of hadath or other dictionaries than "
            "these (%s); new articles are coded with these, and 'hadath recode %s' codes all of them alike\n",
            o->name, n, hd_dict_version(d), o->name);
  return 0;
}

/* Groups after loading: with the options given, else (recode) as before. */
static int regroup(const sopts *o, hd_store *s) {
  if (hd_store_group(s, o->cmd == RECODE && !o->grouping_given ? NULL : &o->g) == HD_OK) return 0;
  fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(s));
  return -1;
}

static int load_all(const sopts *o, load_job *j) {
  for (int i = 1; i < o->nargs && !stop_requested(); i++) {
    int rc = load_file(j, o->args[i]);
    if (rc == -2) return 2;
    if (rc == -1) j->t.unreadable++;
  }
  /* stopped: what was read is committed; grouping waits for the next load */
  if (hd_store_commit(j->store) != HD_OK) {
    load_end_line(j);
    fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(j->store));
    return 2;
  }
  return !stop_requested() && regroup(o, j->store) != 0 ? 2 : 0;
}

static int recode_all(const sopts *o, load_job *j) {
  hd_status st;
  size_t n = 0;
  hd_recode *r = hd_store_recode(j->store, j->dict, &n, &st);
  if (!r) {
    fprintf(stderr, "hadath: %s: %s\n", o->name, *hd_store_error(j->store) ? hd_store_error(j->store)
                                                                           : hd_status_message(st));
    return 2;
  }
  j->total = n;
  int rc = load_recode(j, r, o->name);
  hd_recode_free(r);
  if (rc == 0 && hd_store_commit(j->store) != HD_OK) {
    fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(j->store));
    rc = -2;
  }
  if (rc == 0 && !stop_requested() && regroup(o, j->store) != 0) rc = -2;
  return rc ? 2 : 0;
}

/* load --from-dump: a dump into an empty store. */
static int run_from_dump(const sopts *o) {
  if (o->nargs != 1) return usage_error("load --from-dump FILE: give one store, and no input files%s", "");
  char err[512], name[512];
  hd_status st;
  FILE *in = strcmp(o->from_dump, "-") ? fopen(o->from_dump, "r") : stdin;
  if (!in) {
    fprintf(stderr, "hadath: %s: %s\n", o->from_dump, strerror(errno));
    return 2;
  }
  hd_store *s = hd_store_open(o->args[0], 1, &st, err, sizeof err);
  int rc = s ? 0 : 2;
  if (!s) fprintf(stderr, "hadath: %s\n", err);
  snprintf(name, sizeof name, "%s", strcmp(o->from_dump, "-") ? o->from_dump : "standard input");
  if (s && hd_store_load_dump(s, in, name) != HD_OK) {
    fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(s));
    rc = 2;
  }
  if (hd_store_close(s) != HD_OK && !rc) rc = 2;
  if (in != stdin) fclose(in);
  return rc;
}

/* copy: SRC's dump, written by a thread into a pipe, loaded into DST. */
typedef struct dumper { hd_store *src; FILE *out; hd_status st; } dumper;

static void *dump_thread(void *arg) {
  dumper *d = arg;
  d->st = hd_store_dump(d->src, d->out);
  if (fclose(d->out) != 0 && d->st == HD_OK) d->st = HD_ERR_IO;
  return NULL;
}

static int run_copy(const sopts *o) {
  if (o->nargs != 2) return usage_error("copy: give the store to copy and the store to make: copy SRC DST%s", "");
  char err[512], src_name[512];
  hd_status st;
  hd_store_redact(o->args[0], src_name, sizeof src_name);
  hd_store *src = hd_store_open(o->args[0], 0, &st, err, sizeof err);
  if (!src) { fprintf(stderr, "hadath: %s\n", err); return 2; }
  hd_store *dst = hd_store_open(o->args[1], 1, &st, err, sizeof err);
  if (!dst) { fprintf(stderr, "hadath: %s\n", err); hd_store_close(src); return 2; }
  int fd[2], rc = 0;
  FILE *in = NULL;
  dumper d = {src, NULL, HD_OK};
  pthread_t t;
  signal(SIGPIPE, SIG_IGN);   /* DST refused: the dump stops at its next line */
  if (pipe(fd) != 0 || !(in = fdopen(fd[0], "r")) || !(d.out = fdopen(fd[1], "w")) ||
      pthread_create(&t, NULL, dump_thread, &d) != 0) {
    fprintf(stderr, "hadath: copy: %s\n", strerror(errno));
    hd_store_close(dst);
    hd_store_close(src);
    return 2;
  }
  if (hd_store_load_dump(dst, in, src_name) != HD_OK) {
    fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(dst));
    rc = 2;
  }
  fclose(in);
  pthread_join(t, NULL);
  if (d.st != HD_OK && !rc) {
    fprintf(stderr, "hadath: %s: %s\n", src_name, *hd_store_error(src) ? hd_store_error(src) : "cannot write the dump");
    rc = 2;
  }
  if (hd_store_close(dst) != HD_OK && !rc) rc = 2;
  hd_store_close(src);
  return rc;
}

/* load and recode: the dictionaries, the store, then the articles. */
static int run_coding(const sopts *o) {
  if (o->cmd == LOAD && o->from_dump) return run_from_dump(o);
  if (o->cmd == LOAD && o->nargs < 2)
    return usage_error("load: give a store and input files (use '-' for standard input)%s", "");
  if (o->cmd == RECODE && o->nargs != 1) return usage_error("recode: give one store%s", "");
  char err[512];
  hd_status st;
  hd_dict *d = load_dicts(o);
  if (!d) return 2;
  hd_coder *c = hd_coder_new(d, o->date, &st);   /* checks --date */
  hd_coder_free(c);
  if (!c) { hd_dict_free(d); return usage_error("bad --date '%s' (use YYYY-MM-DD)", o->date ? o->date : ""); }
  if (o->cmd == RECODE && !hd_store_is_uri(o->args[0]) && access(o->args[0], F_OK) != 0) {
    fprintf(stderr, "hadath: %s: no such store\n", o->name);
    hd_dict_free(d);
    return 2;
  }
  load_job j = {0};
  j.dict = d;
  j.date = o->date;
  j.jobs = o->jobs > 0 ? (int)o->jobs : 1;
  j.quiet = o->quiet;
  j.replace = o->cmd == RECODE;
  j.db = o->args[0];
  j.name = o->name;
  j.store = hd_store_open(o->args[0], 1, &st, err, sizeof err);
  int rc = j.store ? 0 : 2;
  if (!j.store) fprintf(stderr, "hadath: %s\n", err);
  if (j.store && o->batch) hd_store_set_batch(j.store, o->batch);
  if (j.store) hd_store_set_background_checkpoints(j.store, 1);
  if (j.store && o->cmd == LOAD && !o->quiet && warn_stale(o, j.store, d) != 0) rc = 2;
  if (j.store && !rc) rc = o->cmd == LOAD ? load_all(o, &j) : recode_all(o, &j);
  load_progress(&j, 1);
  if (o->stats && o->cmd == LOAD)
    fprintf(stderr, "hadath: %lu articles read, %lu added (%lu events), %lu already stored, %lu skipped\n", j.t.read,
            j.t.added, j.t.events, j.t.present, j.t.skipped);
  if (o->stats && o->cmd == RECODE)
    fprintf(stderr, "hadath: %lu articles to code again, %lu coded again (%lu events), %lu skipped\n", j.total,
            j.t.added, j.t.events, j.t.skipped);
  if (hd_store_close(j.store) != HD_OK && !rc) rc = 2;
  hd_dict_free(d);
  if (stop_requested() && !rc) {
    fprintf(stderr, "hadath: stopped by %s after %lu articles; they are stored, and %s again finishes\n",
            stop_name(), j.t.read, o->cmd == LOAD ? "loading" : "recoding");
    return 128 + stop_requested();
  }
  return rc ? rc : (j.t.skipped || j.t.unreadable) ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* query and report                                                    */


static int write_rows(const sopts *o, hd_store *s, FILE *out) {
  hd_status st;
  hd_rows *r = o->count_by ? hd_store_count(s, &o->f, o->count_by, &o->g, &st)
             : o->groups ? hd_store_groups(s, &o->f, &o->g, &st) : hd_store_events(s, &o->f, &st);
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
  hd_store_set_explain(s, o->explain);
  out_file of;
  FILE *out = out_open(&of, o->output);
  int rc = out ? query_store(o, s, out) : -1;
  if (rc != 0 && out) fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(s));
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
    fprintf(stderr, "hadath: %s: %s\n", o->name, hd_store_error(s));
    rc = 2;
  }
  if (out && out_close(&of, rc == 0)) rc = 2;
  hd_store_close(s);
  return rc;
}

int hd_cli_store(int argc, char **argv) {
  static sopts o;
  const char *cmd = argv[1];
  o.cmd = !strcmp(cmd, "load") ? LOAD : !strcmp(cmd, "query") ? QUERY : !strcmp(cmd, "recode") ? RECODE
        : !strcmp(cmd, "copy") ? COPY : REPORT;
  o.g = hd_grouping_default();
  o.format = HD_ROWS_TABLE;
  int r = parse(argc, argv, &o);
  if (r) return r;
  /* the store as messages name it: the target of copy */
  hd_store_redact(o.nargs ? o.args[o.cmd == COPY && o.nargs > 1 ? 1 : 0] : "", o.name, sizeof o.name);
  if (o.cmd == COPY) return run_copy(&o);
  return o.cmd & CODING ? run_coding(&o) : o.cmd == QUERY ? run_query(&o) : run_report(&o);
}
