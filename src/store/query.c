/*
** query.c: from a filter to the SQL that selects events, and the two
** queries built on it: events, and groups of reports (deduplicated events).
**
** Every value of a filter reaches SQLite as a bound parameter, never as
** SQL text.  The full-text search runs on the folded article text, with
** the query folded by the same function, so that a search without
** diacritics finds text written with them and the reverse.
*/
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "store.h"
#include "dict/dict.h"

int hd_buf_printf(hd_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || hd_buf_reserve(b, (size_t)n) != 0) return -1;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

/* Adds a parameter; returns its number, or -1. */
static int param(hd_params *p, const char *v, size_t n) {
  size_t had = p->cap;
  if (hd_grow((void **)&p->v, &p->cap, (size_t)p->n + 1, sizeof *p->v) != 0) return -1;
  if (p->cap > had) memset(p->v + had, 0, (p->cap - had) * sizeof *p->v);
  hd_buf *b = &p->v[p->n];
  hd_buf_clear(b);
  if (hd_buf_append(b, v, n) != 0) return -1;
  return ++p->n;
}

void hd_params_free(hd_params *p) {
  for (size_t i = 0; i < p->cap; i++) hd_buf_free(&p->v[i]);
  free(p->v);
  p->v = NULL;
  p->cap = 0;
  p->n = 0;
}

/* ------------------------------------------------------------------ */
/* Checking a filter                                                   */

static int is_code(const char *v, size_t min, size_t max, int digits) {
  size_t n = strlen(v);
  if (n < min || n > max) return 0;
  for (; *v; v++)
    if (digits ? !isdigit((unsigned char)*v) : !isalnum((unsigned char)*v)) return 0;
  return 1;
}

/* An actor code: groups of three letters, any case (RUS, rusgov). */
static int is_actor(const char *v) {
  size_t n = strlen(v);
  if (n < 3 || n % 3 || n > 30) return 0;
  for (; *v; v++)
    if (!isalpha((unsigned char)*v)) return 0;
  return 1;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, and a real one. */
static int is_date(const char *v) {
  size_t n = strlen(v);
  if (n != 4 && n != 7 && n != 10) return 0;
  for (size_t i = 0; i < n; i++)
    if ((i == 4 || i == 7) ? v[i] != '-' : !isdigit((unsigned char)v[i])) return 0;
  if (n >= 7) {
    int m = atoi(v + 5);
    if (m < 1 || m > 12) return 0;
  }
  if (n == 10) {
    char back[11];
    long day = hd_store_day(v);
    if (day == INT32_MIN) return 0;
    hd_store_day_text(day, back);
    if (strcmp(back, v) != 0) return 0;   /* 2018-02-30 is no day */
  }
  return 1;
}

static int split_dyad(const char *v, char *a, char *b, size_t cap) {
  const char *comma = strchr(v, ',');
  if (!comma || (size_t)(comma - v) >= cap || strlen(comma + 1) >= cap) return -1;
  snprintf(a, cap, "%.*s", (int)(comma - v), v);
  snprintf(b, cap, "%s", comma + 1);
  return is_actor(a) && is_actor(b) ? 0 : -1;
}

static hd_status bad(char *err, size_t errlen, const char *fmt, const char *v) {
  if (errlen) snprintf(err, errlen, fmt, v);
  return HD_ERR_ARG;
}

/* The PLOVER types of the event table (dict/cameo.txt). */
static const char *const plover_types[] = {
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", NULL};

static int is_plover(const char *v) {
  for (int i = 0; plover_types[i]; i++)
    if (!strcasecmp(v, plover_types[i])) return 1;
  return 0;
}

hd_status hd_filter_check(const hd_filter *f, char *err, size_t errlen) {
  const char *actors[] = {f->source, f->target, f->actor};
  const char *names[] = {"--source", "--target", "--actor"};
  char a[40], b[40], msg[64];
  for (int i = 0; i < 3; i++)
    if (actors[i] && !is_actor(actors[i])) {
      snprintf(msg, sizeof msg, "%s", names[i]);
      if (errlen) snprintf(err, errlen, "%s '%s' is not an actor code: a country (RUS) or a CAMEO code of groups "
                           "of three letters (RUSGOV, IRQCOP, IGOUNO)", msg, actors[i]);
      return HD_ERR_ARG;
    }
  if (f->dyad && split_dyad(f->dyad, a, b, sizeof a) != 0)
    return bad(err, errlen, "--dyad '%s' is not two actor codes A,B (RUS,FRA)", f->dyad);
  if (f->code && (!is_code(f->code, 2, 4, 1) || atoi((char[3]){f->code[0], f->code[1], 0}) < 1 ||
                  atoi((char[3]){f->code[0], f->code[1], 0}) > 20))
    return bad(err, errlen, "--code '%s' is not a CAMEO code: 2 to 4 digits, from 01 to 20 at the root (040, 190, 1123)",
               f->code);
  if (f->root && (!is_code(f->root, 2, 2, 1) || atoi(f->root) < 1 || atoi(f->root) > 20))
    return bad(err, errlen, "--root '%s' is not a CAMEO root: two digits from 01 to 20", f->root);
  if (f->plover && !is_plover(f->plover)) {
    if (errlen) {
      int k = snprintf(err, errlen, "--plover '%s' is not a PLOVER type; the types are", f->plover);
      for (int i = 0; plover_types[i] && k > 0 && (size_t)k < errlen; i++)
        k += snprintf(err + k, errlen - (size_t)k, "%s %s", i ? "," : "", plover_types[i]);
    }
    return HD_ERR_ARG;
  }
  if (f->from && !is_date(f->from))
    return bad(err, errlen, "--from '%s' is not a date: YYYY, YYYY-MM or YYYY-MM-DD", f->from);
  if (f->to && !is_date(f->to)) return bad(err, errlen, "--to '%s' is not a date: YYYY, YYYY-MM or YYYY-MM-DD", f->to);
  if (f->from && f->to) {
    char to[16];
    snprintf(to, sizeof to, "%s~", f->to);   /* 2018-05 runs to the end of May */
    if (strcmp(f->from, to) > 0) {
      if (errlen) snprintf(err, errlen, "--from %s is after --to %s", f->from, f->to);
      return HD_ERR_ARG;
    }
  }
  if (f->quad < 0 || f->quad > 4) {
    if (errlen) snprintf(err, errlen, "--quad takes a quad class from 1 to 4, not %d", f->quad);
    return HD_ERR_ARG;
  }
  if (f->limit < 0) return bad(err, errlen, "%s", "--limit takes a positive number");
  if (f->text && !f->text[strspn(f->text, " \t\n\"")]) return bad(err, errlen, "--text '%s' has no words", f->text);
  if (f->category && !f->category[strspn(f->category, ", ")])
    return bad(err, errlen, "--category '%s' names no category", f->category);
  if (f->not_category && !f->not_category[strspn(f->not_category, ", ")])
    return bad(err, errlen, "--not-category '%s' names no category", f->not_category);
  if (f->realis & ~(unsigned)HD_REALIS_ALL) return bad(err, errlen, "%s", "bad realis mask");
  return HD_OK;
}

/* ------------------------------------------------------------------ */
/* Checking a filter against the store                                 */

/* Edit distance of A and B (short codes). */
static int distance(const char *a, const char *b) {
  int n = (int)strlen(a), m = (int)strlen(b), row[40];
  if (n > 38 || m > 38) return 99;
  for (int j = 0; j <= m; j++) row[j] = j;
  for (int i = 1; i <= n; i++) {
    int prev = row[0], t;
    row[0] = i;
    for (int j = 1; j <= m; j++) {
      t = row[j];
      int sub = prev + (toupper((unsigned char)a[i - 1]) != toupper((unsigned char)b[j - 1]));
      row[j] = sub < row[j] + 1 ? sub : row[j] + 1;
      if (row[j - 1] + 1 < row[j]) row[j] = row[j - 1] + 1;
      prev = t;
    }
  }
  return row[m];
}

/* "no actor X in this store; the closest: A, B, C" when V names no actor
** the store holds (three letters: no code begins with them). */
static int check_actor(hd_store *s, const char *name, const char *v) {
  char up[40];
  size_t n = strlen(v);
  for (size_t i = 0; i <= n && i < sizeof up; i++) up[i] = (char)toupper((unsigned char)v[i]);
  hd_stmt *st = hd_store_prepare(s, n == 3 ? "SELECT 1 FROM actors WHERE substr(code, 1, 3) = ?1 LIMIT 1"
                                                : "SELECT 1 FROM actors WHERE code = ?1");
  if (!st) return -1;
  hd_bind_text(st, 1, up, -1);
  int rc = hd_step(st);
  hd_finalize(st);
  if (rc == HD_ROW) return 0;
  if (rc != HD_DONE) return -1;
  /* the closest codes, most used first among equals */
  struct { char code[40]; int d; long n; } best[5];
  int nbest = 0;
  st = hd_store_prepare(s, "SELECT code, events FROM actors ORDER BY code");
  if (!st) return -1;
  while (hd_step(st) == HD_ROW) {
    const char *code = hd_col_text(st, 0);
    long events = hd_col_int(st, 1);
    int d = distance(up, code), at = nbest < 5 ? nbest : 5;
    while (at > 0 && (d < best[at - 1].d || (d == best[at - 1].d && events > best[at - 1].n))) at--;
    if (at >= 5) continue;
    memmove(&best[at + 1], &best[at], (size_t)((nbest < 5 ? nbest : 4) - at) * sizeof best[0]);
    snprintf(best[at].code, sizeof best[at].code, "%s", code);
    best[at].d = d;
    best[at].n = events;
    if (nbest < 5) nbest++;
  }
  hd_finalize(st);
  int k = snprintf(s->err, sizeof s->err, "%s: no actor '%s' in this store", name, v);
  for (int i = 0; i < nbest && k > 0 && (size_t)k < sizeof s->err; i++)
    k += snprintf(s->err + k, sizeof s->err - (size_t)k, "%s%s", i ? ", " : "; the closest: ", best[i].code);
  return 1;
}

/* A code the event table has (the built-in one, or the store's codes). */
static int check_code(hd_store *s, const char *name, const char *v) {
  hd_stmt *st = hd_store_prepare(s, "SELECT 1 FROM codes WHERE code = ?1 OR substr(code, 1, length(CAST(?1 AS TEXT))) = ?1");
  if (!st) return -1;
  hd_bind_text(st, 1, v, -1);
  int rc = hd_step(st);
  hd_finalize(st);
  if (rc == HD_FAIL) return -1;
  if (rc == HD_ROW || hd_cameo_known(v)) return 0;
  snprintf(s->err, sizeof s->err, "%s: '%s' is no code of the CAMEO event table (dict/cameo.txt)", name, v);
  return 1;
}

/* Refuses what cannot match: an actor or a code the store does not know. */
static hd_status check_in_store(hd_store *s, const hd_filter *f) {
  const char *actors[] = {f->source, f->target, f->actor};
  const char *names[] = {"--source", "--target", "--actor"};
  int rc = 0;
  for (int i = 0; rc == 0 && i < 3; i++)
    if (actors[i]) rc = check_actor(s, names[i], actors[i]);
  if (rc == 0 && f->dyad) {
    char a[40], b[40];
    split_dyad(f->dyad, a, b, sizeof a);
    rc = check_actor(s, "--dyad", a);
    if (rc == 0) rc = check_actor(s, "--dyad", b);
  }
  if (rc == 0 && f->code) rc = check_code(s, "--code", f->code);
  return rc == 0 ? HD_OK : rc > 0 ? HD_ERR_ARG : HD_ERR_IO;
}

/* ------------------------------------------------------------------ */
/* Building the SQL                                                    */

/* Three letters match the codes that begin with them; more, one code. */
static int cond_actor(hd_buf *w, hd_params *p, const char *col, const char *v) {
  char up[40];
  size_t n = strlen(v);
  for (size_t i = 0; i <= n && i < sizeof up; i++) up[i] = (char)toupper((unsigned char)v[i]);
  int k = param(p, up, n);
  if (k < 0) return -1;
  return n == 3 ? hd_buf_printf(w, "substr(%s, 1, 3) = ?%d", col, k) : hd_buf_printf(w, "%s = ?%d", col, k);
}

static int cond_side(hd_buf *w, hd_params *p, const char *col, const char *v) {
  return hd_buf_printf(w, " AND ") || cond_actor(w, p, col, v);
}

static int cond_either(hd_buf *w, hd_params *p, const char *v) {
  return hd_buf_printf(w, " AND (") || cond_actor(w, p, "e.source", v) || hd_buf_printf(w, " OR ") ||
         cond_actor(w, p, "e.target", v) || hd_buf_printf(w, ")");
}

static int cond_dyad(hd_buf *w, hd_params *p, const char *v) {
  char a[40], b[40];
  split_dyad(v, a, b, sizeof a);
  return hd_buf_printf(w, " AND ((") || cond_actor(w, p, "e.source", a) || hd_buf_printf(w, " AND ") ||
         cond_actor(w, p, "e.target", b) || hd_buf_printf(w, ") OR (") || cond_actor(w, p, "e.source", b) ||
         hd_buf_printf(w, " AND ") || cond_actor(w, p, "e.target", a) || hd_buf_printf(w, "))");
}

/* " AND <expr> ?N" with V as the parameter; nothing when V is NULL. */
static int cond_value(hd_buf *w, hd_params *p, const char *expr, const char *v, const char *suffix) {
  if (!v) return 0;
  hd_buf tmp = {0};
  if (hd_buf_append(&tmp, v, strlen(v)) != 0 || hd_buf_append(&tmp, suffix, strlen(suffix)) != 0) {
    hd_buf_free(&tmp);
    return -1;
  }
  int k = param(p, tmp.data, tmp.len);
  hd_buf_free(&tmp);
  return k < 0 ? -1 : hd_buf_printf(w, " AND %s ?%d", expr, k);
}

static size_t code_points(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* The trigrams of T (N bytes, three characters or more) that between them
** cover it, the first, every third after it and the last, each quoted for
** FTS5 (a string of three characters is one trigram), added to FTS. */
static int add_trigrams(hd_buf *fts, const char *t, size_t n) {
  size_t nc = code_points(t, n), k = 0;
  size_t *at = malloc((nc + 1) * sizeof *at);   /* where each character begins */
  if (!at) return -1;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) at[k++] = i;
  at[nc] = n;
  int rc = 0;
  for (size_t c = 0; rc == 0; c += 3) {
    if (c + 3 > nc) c = nc - 3;   /* the last, overlapping the one before */
    rc = (fts->len && hd_buf_putc(fts, ' ') != 0) || hd_buf_putc(fts, '"') != 0;
    for (size_t i = at[c]; rc == 0 && i < at[c + 3]; i++)
      rc = (t[i] == '"' && hd_buf_putc(fts, '"') != 0) || hd_buf_putc(fts, t[i]) != 0;
    if (rc == 0) rc = hd_buf_putc(fts, '"');
    if (c + 3 >= nc) break;
  }
  free(at);
  return rc ? -1 : 0;
}

/* One folded search word or phrase.  SQLite: a word of three characters or
** more is looked up in the trigram index, for the articles that hold the
** trigrams that cover it (added to FTS); a longer word than one trigram is
** then looked for in those articles' folded text (a condition added to
** EXACT), since an index of trigrams without their positions (a new
** store's) finds articles that hold them apart too.  A shorter word is a
** plain substring test on the folded text (the trigram index finds nothing
** shorter).  PostgreSQL: LIKE, which
** its trigram index serves.  Both find the same articles: the text inside
** the folded text, byte for byte. */
static int search_term(hd_store *s, hd_buf *w, hd_buf *fts, hd_buf *exact, hd_params *p, const char *t, size_t n) {
  if (s->engine == HD_PG) {
    hd_buf like = {0};
    int rc = hd_buf_putc(&like, '%');
    for (size_t i = 0; !rc && i < n; i++)
      rc = ((t[i] == '%' || t[i] == '_' || t[i] == '\\') && hd_buf_putc(&like, '\\')) || hd_buf_putc(&like, t[i]);
    if (!rc) rc = hd_buf_putc(&like, '%');
    int k = rc ? -1 : param(p, like.data, like.len);
    hd_buf_free(&like);
    return k < 0 ? -1 : hd_buf_printf(w, " AND a.folded LIKE ?%d", k);
  }
  size_t nc = code_points(t, n);
  if (nc == 3) return add_trigrams(fts, t, n);   /* one trigram: the index alone finds it */
  int k = param(p, t, n);
  if (k < 0) return -1;
  if (nc < 3) return hd_buf_printf(w, " AND instr(a.folded, ?%d) > 0", k);
  return add_trigrams(fts, t, n) != 0 ? -1 : hd_buf_printf(exact, " AND instr(folded, ?%d) > 0", k);
}

/* Folds TEXT into a new buffer; NULL when out of memory. */
static char *fold_query(const char *text, size_t n, size_t *len) {
  size_t need = hd_fold(text, n, NULL, 0);
  char *buf = need == (size_t)-1 ? NULL : malloc(need + 1);
  if (buf) hd_fold(text, n, buf, need + 1);
  *len = need;
  return buf;
}

static int search_terms(hd_store *s, hd_buf *w, hd_buf *fts, hd_buf *exact, hd_params *p, const char *q, size_t n,
                        int phrase) {
  for (size_t i = 0; i < n;) {
    while (i < n && !phrase && q[i] == ' ') i++;
    size_t j = i;
    while (j < n && (phrase || q[j] != ' ')) j++;
    if (j > i && search_term(s, w, fts, exact, p, q + i, j - i) != 0) return -1;
    i = j;
  }
  return 0;
}

static int cond_text(hd_store *s, hd_buf *w, hd_params *p, const char *text) {
  size_t n = strlen(text), len;
  int phrase = n >= 2 && text[0] == '"' && text[n - 1] == '"';
  char *q = fold_query(text + phrase, n - 2 * (size_t)phrase, &len);
  hd_buf fts = {0}, exact = {0};
  int rc = q ? search_terms(s, w, &fts, &exact, p, q, len, phrase) : -1, k;
  if (rc == 0 && fts.len) {
    rc = (k = param(p, fts.data, fts.len)) < 0 ? -1
       : hd_buf_printf(w, " AND e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?%d%.*s)", k,
                       (int)exact.len, exact.data ? exact.data : "");
  }
  free(q);
  hd_buf_free(&fts);
  hd_buf_free(&exact);
  return rc;
}

/* A parameter in ASCII lower case (upper case when UP), as lower() and
** upper() make the text of either engine's columns: " AND EXPR ?N". */
static int cond_case(hd_buf *w, hd_params *p, const char *expr, const char *v, int up) {
  if (!v) return 0;
  size_t n = strlen(v);
  char *c = malloc(n + 1);
  if (!c) return -1;
  for (size_t i = 0; i <= n; i++) c[i] = (char)(up ? toupper((unsigned char)v[i]) : tolower((unsigned char)v[i]));
  int k = param(p, c, n);
  free(c);
  return k < 0 ? -1 : hd_buf_printf(w, " AND %s ?%d", expr, k);
}

static int cond_quad(hd_buf *w, int quad) {
  return quad ? hd_buf_printf(w, " AND e.quad = %d", quad) : 0;
}

/* By default what hadath code prints (events.reported); else the realis
** named. */
static int cond_realis(hd_buf *w, unsigned mask) {
  if (!mask) return hd_buf_printf(w, " AND e.reported = 1");
  if (mask == HD_REALIS_ALL) return 0;
  int rc = hd_buf_printf(w, " AND e.realis IN (");
  for (int r = 0, first = 1; !rc && r < HD_REALIS_COUNT; r++)
    if (mask >> r & 1) { rc = hd_buf_printf(w, "%s'%s'", first ? "" : ",", hd_realis_name((hd_realis)r)); first = 0; }
  return rc || hd_buf_printf(w, ")");
}

/* " AND [NOT] lower(a.category) IN (?,...)", the comma list V. */
static int cond_category(hd_buf *w, hd_params *p, const char *v, int negate) {
  int rc = hd_buf_printf(w, negate ? " AND (a.category IS NULL OR lower(a.category) NOT IN (" : " AND lower(a.category) IN (");
  int first = 1;
  for (const char *q = v; !rc && *q;) {
    size_t n = strcspn(q, ",");
    size_t a = 0;
    while (a < n && q[a] == ' ') a++;
    while (n > a && q[n - 1] == ' ') n--;
    if (n > a) {
      char low[256];
      size_t m = n - a < sizeof low - 1 ? n - a : sizeof low - 1;
      for (size_t i = 0; i < m; i++) low[i] = (char)tolower((unsigned char)q[a + i]);
      int k = param(p, low, m);
      rc = k < 0 ? -1 : hd_buf_printf(w, "%s?%d", first ? "" : ",", k);
      first = 0;
    }
    q += strcspn(q, ",");
    q += *q == ',';
  }
  return rc || hd_buf_printf(w, negate ? "))" : ")");
}

int hd_filter_sql(hd_store *s, const hd_filter *f, hd_buf *w, hd_params *p) {
  int rc = hd_buf_printf(w, "SELECT e.id FROM events e JOIN articles a ON a.id = e.article WHERE 1 = 1");
  if (rc) { snprintf(s->err, sizeof s->err, "out of memory"); return rc; }
  return hd_filter_where(s, f, w, p);
}

int hd_filter_where(hd_store *s, const hd_filter *f, hd_buf *w, hd_params *p) {
  int rc = 0;
  if (!rc && f->source) rc = cond_side(w, p, "e.source", f->source);
  if (!rc && f->target) rc = cond_side(w, p, "e.target", f->target);
  if (!rc && f->actor) rc = cond_either(w, p, f->actor);
  if (!rc && f->dyad) rc = cond_dyad(w, p, f->dyad);
  if (!rc) rc = cond_value(w, p, "e.code =", f->code, "");
  if (!rc) rc = cond_value(w, p, "e.root =", f->root, "");
  if (!rc) rc = cond_case(w, p, "upper(e.plover) =", f->plover, 1);
  if (!rc) rc = cond_case(w, p, "lower(a.outlet) =", f->outlet, 0);
  if (!rc) rc = cond_value(w, p, "a.doc =", f->doc, "");
  if (!rc) rc = cond_value(w, p, "e.date >=", f->from, "");
  /* "~" sorts after every digit: 2018-05 runs to 2018-05-31. */
  if (!rc) rc = cond_value(w, p, "e.date <=", f->to, "~");
  if (!rc) rc = cond_quad(w, f->quad);
  if (!rc) rc = cond_realis(w, f->realis);
  if (!rc && f->category) rc = cond_category(w, p, f->category, 0);
  if (!rc && f->not_category) rc = cond_category(w, p, f->not_category, 1);
  /* the other direction of a mutual exchange is its twin: one of two */
  if (!rc && f->mutual_once) rc = hd_buf_printf(w, " AND NOT (e.mutual = 1 AND e.source > e.target)");
  if (!rc && f->text) rc = cond_text(s, w, p, f->text);
  if (rc) snprintf(s->err, sizeof s->err, "out of memory or too many filters");
  return rc;
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */

static const char *const event_table[] = {
  "date", "source", "target", "code", "quad", "outlet", "doc", "sentence", "verb_text", NULL};

static const char *const group_table[] = {
  "group", "date", "last_date", "source", "target", "code", "reports", "articles", "outlets", "verb_text", NULL};

/* The fields of hadath code's event record, in its order. */
static int event_sql(hd_store *s, const hd_filter *f, hd_buf *w, hd_params *p) {
  int rc = hd_buf_printf(w,
    "SELECT a.doc, e.sentence, e.date, e.source, e.target, e.code, e.root, e.quad,"
    " e.goldstein, e.plover, e.plover_mode, e.realis, e.mutual, e.source_text, e.target_text, e.verb_text,"
    " e.location, e.location_country, e.latitude, e.longitude, e.event_id AS id, e.spans,"
    " nullif(a.outlet, '') AS outlet, a.url, a.title, a.category, c.hadath, c.dictionaries, s.text"
    " FROM events e JOIN articles a ON a.id = e.article LEFT JOIN codings c ON c.id = a.coding"
    " LEFT JOIN sentences s ON s.article = e.article AND s.idx = e.sentence WHERE ");
  /* Phoenix's one-a-day: the first event of each date, dyad and code, in
  ** the order of outlet, article and sentence */
  if (!rc && f->one_a_day)
    rc = hd_buf_printf(w, "e.id IN (SELECT id FROM (SELECT e1.id, row_number() OVER (PARTITION BY e1.date,"
                          " e1.source, e1.target, e1.code ORDER BY a1.outlet, a1.doc, e1.sentence, e1.id) AS n"
                          " FROM events e1 JOIN articles a1 ON a1.id = e1.article WHERE e1.id IN (");
  if (!rc && f->one_a_day) rc = hd_filter_sql(s, f, w, p);
  if (!rc && f->one_a_day) rc = hd_buf_printf(w, ")) d WHERE n = 1)");
  else if (!rc) rc = hd_buf_printf(w, "1 = 1") || hd_filter_where(s, f, w, p);   /* the conditions, on e and a */
  if (!rc) rc = hd_buf_printf(w, " ORDER BY e.date IS NULL, e.date, a.outlet, a.doc, e.sentence, e.id");
  if (!rc && f->limit) rc = hd_buf_printf(w, " LIMIT %ld", f->limit);
  return rc;
}

static int group_sql(hd_store *s, const hd_filter *f, hd_buf *w, hd_params *p) {
  int rc = hd_buf_printf(w,
    "SELECT g.id AS \"group\", g.date, g.last_date, g.source, g.target, g.undirected, g.code, g.quad, g.reports,"
    " g.articles, g.outlets, g.events,"
    " (SELECT %s FROM (SELECT DISTINCT nullif(a2.outlet, '') AS o"
    "   FROM group_events ge2 JOIN events e2 ON e2.id = ge2.event_id"
    "   JOIN articles a2 ON a2.id = e2.article WHERE ge2.group_id = g.id ORDER BY 1) o) AS outlet_list,"
    " a.outlet, a.doc, e.sentence, e.source_text, e.target_text, e.verb_text, s.text"
    " FROM event_groups g JOIN events e ON e.id = g.first_event JOIN articles a ON a.id = e.article"
    " LEFT JOIN sentences s ON s.article = e.article AND s.idx = e.sentence"
    " WHERE g.id IN (SELECT ge.group_id FROM group_events ge WHERE ge.event_id IN (",
    hd_list_sql(s, "o", ","));
  if (!rc) rc = hd_filter_sql(s, f, w, p);
  if (!rc) rc = hd_buf_printf(w, ")) ORDER BY g.date IS NULL, g.date, g.source, g.target, g.code, g.id");
  if (!rc && f->limit) rc = hd_buf_printf(w, " LIMIT %ld", f->limit);
  return rc;
}

/* The comma-separated list of the values of COL, in order. */
const char *hd_list_sql(hd_store *s, const char *col, const char *sep) {
  static const char *const lite[] = {"group_concat(o, ',')", "group_concat(o, ', ')"};
  static const char *const pg[] = {"string_agg(o, ',' ORDER BY o)", "string_agg(o, ', ' ORDER BY o)"};
  (void)col;
  int k = strcmp(sep, ",") != 0;
  return s->engine == HD_PG ? pg[k] : lite[k];
}

hd_rows *hd_store_run(hd_store *s, const char *sql, const hd_params *p, const char *const *table, hd_status *st) {
  hd_buf w = {0};
  hd_stmt *stmt = NULL;
  hd_rows *r = NULL;
  /* the plan instead of the rows; on PostgreSQL, with the times of a run */
  const char *how = !s->explain ? "" : HD_SQL(s, "EXPLAIN QUERY PLAN ", "EXPLAIN (ANALYZE, BUFFERS) ");
  if (hd_buf_printf(&w, "%s%s", how, sql) == 0 &&
      (stmt = s->explain ? hd_store_prepare(s, w.data) : hd_prepare_stream(s, w.data)) && hd_bind_params(stmt, p) == 0)
    r = hd_rows_new(s, stmt, s->explain ? NULL : table);
  if (!r) {
    hd_finalize(stmt);
    if (!s->err[0]) snprintf(s->err, sizeof s->err, "out of memory");
  }
  if (r && s->explain) hd_rows_set_plan(r);
  hd_buf_free(&w);
  *st = r ? HD_OK : HD_ERR_IO;
  return r;
}

typedef int (*sql_fn)(hd_store *, const hd_filter *, hd_buf *, hd_params *);

static hd_rows *run(hd_store *s, const hd_filter *f, sql_fn build, const char *const *table, hd_status *st) {
  hd_buf w = {0};
  hd_params p = {0};
  hd_rows *r = NULL;
  s->err[0] = 0;
  if (hd_filter_check(f, s->err, sizeof s->err) != HD_OK) { *st = HD_ERR_ARG; return NULL; }
  if ((*st = check_in_store(s, f)) != HD_OK) return NULL;
  if (build(s, f, &w, &p) == 0) r = hd_store_run(s, w.data, &p, table, st);
  else { snprintf(s->err, sizeof s->err, "out of memory"); *st = HD_ERR_NOMEM; }
  hd_params_free(&p);
  hd_buf_free(&w);
  return r;
}

hd_rows *hd_store_events(hd_store *s, const hd_filter *f, hd_status *st) {
  return run(s, f, event_sql, event_table, st);
}

hd_rows *hd_store_groups(hd_store *s, const hd_filter *f, const hd_grouping *g, hd_status *st) {
  if (hd_store_use_groups(s, g) != 0) { *st = HD_ERR_IO; return NULL; }
  return run(s, f, group_sql, group_table, st);
}

hd_status hd_store_check_filter(hd_store *s, const hd_filter *f) {
  s->err[0] = 0;
  if (hd_filter_check(f, s->err, sizeof s->err) != HD_OK) return HD_ERR_ARG;
  return check_in_store(s, f);
}
