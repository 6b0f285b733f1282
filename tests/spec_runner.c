/*
** spec_runner.c: runs the spec files of tests/spec against the library.
**
** A spec file is a list of cases.  Each case is a title line "## ...", an
** optional "date: YYYY-MM-DD" line, the Arabic text, a line "---", and the
** events expected, one a line as "SOURCE CODE TARGET [DATE]" (TARGET "-"
** when there is none, DATE "null" when unknown), or "(none)".  The events
** coded must be exactly those expected, in any order, each coded event
** meeting one expected line and no other; a DATE is checked when given.
** A "realis: all" line after the title has every event coded,
** whatever its realis (hd_coder_set_realis), and an expected line may end
** in the realis it must have ("RUSGOV 042 FRAGOV planned"); without that
** line only the events printed by default are coded.  An "incomplete"
** line has events of a kind done to someone coded without a target too
** (hd_coder_set_incomplete).  A case whose title is followed by "%%FAIL dict" holds a dictionary
** text instead, and its expected line is the start of the error message.
** Lines starting with a single "#" outside cases are comments.
**
** Usage: spec-runner FILE...   (prints failures and "N passed, N failed")
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hadath.h"

#define MAX_EVENTS 256
#define LINE_MAX_BYTES 8192

typedef struct spec_case {
  char title[512];
  char date[16];
  int fail_dict, all_realis, incomplete;
  size_t line;              /* where the case starts */
  char *text; size_t text_len, text_cap;
  char expected[MAX_EVENTS][128];
  size_t nexpected;
} spec_case;

typedef struct got { char lines[MAX_EVENTS][128]; size_t n; } got;

static const hd_dict *builtin;
static int passed, failed;

static void append_text(spec_case *c, const char *s) {
  size_t n = strlen(s);
  if (c->text_len + n + 2 > c->text_cap) {
    c->text_cap = (c->text_len + n + 2) * 2;
    c->text = realloc(c->text, c->text_cap);
    if (!c->text) { perror("spec-runner"); exit(2); }
  }
  memcpy(c->text + c->text_len, s, n);
  c->text_len += n;
  c->text[c->text_len++] = '\n';
  c->text[c->text_len] = 0;
}

static int collect(const hd_event *ev, void *user) {
  got *g = user;
  const char *tgt = hd_event_str(ev, HD_FIELD_TARGET), *date = hd_event_str(ev, HD_FIELD_DATE);
  if (g->n < MAX_EVENTS)
    snprintf(g->lines[g->n++], sizeof g->lines[0], "%s %s %s %s %s", hd_event_str(ev, HD_FIELD_SOURCE),
             hd_event_str(ev, HD_FIELD_CODE), *tgt ? tgt : "-", date ? date : "null", hd_event_str(ev, HD_FIELD_REALIS));
  return 0;
}

/* Does the coded line GOT ("S C T DATE REALIS") meet the expected WANT
** ("S C T [DATE] [REALIS]")? */
static int meets(const char *got_line, const char *want) {
  char gs[64], gc[16], gt[64], gd[16], gr[24], ws[64], wc[16], wt[64], w4[24] = "", w5[24] = "";
  if (sscanf(got_line, "%63s %15s %63s %15s %23s", gs, gc, gt, gd, gr) != 5) return 0;
  int n = sscanf(want, "%63s %15s %63s %23s %23s", ws, wc, wt, w4, w5);
  if (n < 3) return 0;
  const char *wd = n >= 4 && hd_realis_from_name(w4) < 0 ? w4 : NULL;
  const char *wr = n == 5 ? w5 : n == 4 && !wd ? w4 : NULL;
  return !strcmp(gs, ws) && !strcmp(gc, wc) && !strcmp(gt, wt) && (!wd || !strcmp(gd, wd)) && (!wr || !strcmp(gr, wr));
}

/* Gives expected line I a coded line it meets, taking one from the
** expected line that holds it when that one can be given another (an
** augmenting path): so that no coded line meets two expected ones.
** OWNER[j] is the expected line coded line j is given to, or -1. */
static int assign(const got *g, const spec_case *c, size_t i, long *owner, unsigned char *seen) {
  for (size_t j = 0; j < g->n; j++) {
    if (seen[j] || !meets(g->lines[j], c->expected[i])) continue;
    seen[j] = 1;
    if (owner[j] < 0 || assign(g, c, (size_t)owner[j], owner, seen)) {
      owner[j] = (long)i;
      return 1;
    }
  }
  return 0;
}

static void report(const char *file, const spec_case *c, const char *why, const got *g) {
  failed++;
  fprintf(stderr, "FAIL %s:%zu: %s\n  %s\n  text: %.*s", file, c->line, c->title, why, (int)c->text_len, c->text);
  fprintf(stderr, "  expected:");
  for (size_t i = 0; i < c->nexpected; i++) fprintf(stderr, "\n    %s", c->expected[i]);
  if (!c->nexpected) fprintf(stderr, " (none)");
  if (g) {
    fprintf(stderr, "\n  coded:");
    for (size_t i = 0; i < g->n; i++) fprintf(stderr, "\n    %s", g->lines[i]);
    if (!g->n) fprintf(stderr, " (none)");
  }
  fprintf(stderr, "\n");
}

static void run_fail_case(const char *file, const spec_case *c) {
  char err[512] = "";
  hd_dict *d = hd_dict_new();
  hd_status st = hd_dict_load_text(d, "spec", c->text ? c->text : "", c->text_len, err, sizeof err);
  hd_dict_free(d);
  const char *want = c->nexpected ? c->expected[0] : "";
  if (st == HD_OK) { report(file, c, "the dictionary loaded, but an error was expected", NULL); return; }
  if (strncmp(err, want, strlen(want)) != 0) {
    char why[700];
    snprintf(why, sizeof why, "error was \"%s\"", err);
    report(file, c, why, NULL);
    return;
  }
  passed++;
}

static void run_case(const char *file, spec_case *c) {
  if (c->fail_dict) { run_fail_case(file, c); return; }
  hd_status st;
  hd_coder *coder = hd_coder_new(builtin, NULL, &st);
  hd_article *a = hd_article_new("spec", c->text ? c->text : "", c->text_len);
  if (!coder || !a) { perror("spec-runner"); exit(2); }
  if (c->all_realis) hd_coder_set_realis(coder, HD_REALIS_ALL);
  if (c->incomplete) hd_coder_set_incomplete(coder, 1);
  if (c->date[0] && hd_article_set_date(a, c->date) != HD_OK) { report(file, c, "bad date: line", NULL); goto out; }
  static got g;
  g.n = 0;
  hd_code_article(coder, a, collect, &g);
  /* (each coded line meets one expected line and no other: the expected
  ** "X 010 -" twice are not met by the coded "X 010 -" and "X 010 Y") */
  int ok = g.n == c->nexpected;
  static long owner[MAX_EVENTS];   /* the expected line a coded one is given to, or -1 */
  for (size_t j = 0; j < g.n; j++) owner[j] = -1;
  for (size_t i = 0; ok && i < c->nexpected; i++) {
    static unsigned char seen[MAX_EVENTS];
    memset(seen, 0, sizeof seen);
    ok = assign(&g, c, i, owner, seen);
  }
  if (ok) passed++; else report(file, c, "events differ", &g);
out:
  hd_article_free(a);
  hd_coder_free(coder);
}

static void chomp(char *s) {
  size_t n = strlen(s);
  while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) s[--n] = 0;
}

static void run_file(const char *file) {
  FILE *f = fopen(file, "r");
  if (!f) { perror(file); failed++; return; }
  static char line[LINE_MAX_BYTES];
  static spec_case c;
  enum { OUTSIDE, TEXT, EXPECT } state = OUTSIDE;
  size_t lineno = 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    chomp(line);
    if (!strncmp(line, "## ", 3)) {
      if (state != OUTSIDE) run_case(file, &c);
      free(c.text);
      memset(&c, 0, sizeof c);
      snprintf(c.title, sizeof c.title, "%.500s", line + 3);
      c.line = lineno;
      state = TEXT;
    } else if (state == TEXT && !strcmp(line, "---")) {
      state = EXPECT;
    } else if (state == TEXT && c.text_len == 0 && !strncmp(line, "date: ", 6)) {
      snprintf(c.date, sizeof c.date, "%.15s", line + 6);
    } else if (state == TEXT && c.text_len == 0 && !strcmp(line, "realis: all")) {
      c.all_realis = 1;
    } else if (state == TEXT && c.text_len == 0 && !strcmp(line, "incomplete")) {
      c.incomplete = 1;
    } else if (state == TEXT && c.text_len == 0 && !strcmp(line, "%%FAIL dict")) {
      c.fail_dict = 1;
    } else if (state == TEXT) {
      append_text(&c, line);
    } else if (state == EXPECT && !strcmp(line, "===")) {
      run_case(file, &c);
      state = OUTSIDE;
    } else if (state == EXPECT && line[0] && strcmp(line, "(none)") != 0) {
      if (c.nexpected < MAX_EVENTS) snprintf(c.expected[c.nexpected++], sizeof c.expected[0], "%.127s", line);
    } else if (state == OUTSIDE && line[0] && line[0] != '#') {
      fprintf(stderr, "%s:%zu: text outside a case (a case starts with \"## \")\n", file, lineno);
      failed++;
    }
  }
  if (state == EXPECT) run_case(file, &c);
  else if (state == TEXT) { fprintf(stderr, "%s:%zu: case without \"---\"\n", file, c.line); failed++; }
  free(c.text);
  c.text = NULL;
  fclose(f);
}

int main(int argc, char **argv) {
  char err[512];
  hd_dict *d = hd_dict_new();
  if (!d || hd_dict_load_builtin(d, err, sizeof err) != HD_OK) {
    fprintf(stderr, "spec-runner: %s\n", err);
    return 2;
  }
  builtin = d;
  for (int i = 1; i < argc; i++) run_file(argv[i]);
  printf("spec: %d passed, %d failed\n", passed, failed);
  hd_dict_free(d);
  return failed ? 1 : 0;
}
