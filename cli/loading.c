/*
** loading.c: coding articles into a store (hadath load) or coding stored
** articles again (hadath recode), on one thread or on several.
**
** Articles are read in batches.  With -j 1 the main thread looks each up,
** codes it and stores it.  With -j N a producer thread splits the lines of
** a batch off, has N threads parse them, looks their articles up in a
** connection of its own and has N threads code them (each with its own
** coder; the dictionaries are shared, read-only, and so is the memo of
** words) while the main thread, the one writer, stores the batch before,
** in input order.  Storing in the same order with the same calls makes the
** store the same whatever N is: the store looks an article up again when
** it stores it, so that an article read twice, or stored meanwhile, is
** stored once.
**
** The writer is the slower side: -j N keeps N threads busy in all, the
** writer counting as one while it stores (gate below), so that it never
** waits for a core behind the coders it is waiting for.
**
** A signal (interrupt.c) is looked at between batches: what was read is
** coded and stored before the command stops.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

#define BATCH 256
#define BATCH_BYTES (16u << 20)   /* and at most this much text, so memory stays bounded */

typedef struct item {
  hd_article *article;
  hd_status status;      /* of reading: HD_OK, or HD_SKIP with the article's reason */
  int present;           /* stored already: not coded */
  hd_coded *coded;
} item;

typedef struct batch { item items[BATCH]; size_t n; } batch;

/* How many threads may code at once: N, or N - 1 while the writer stores.
** A coder asks before each article, and the writer never waits: it takes
** its core from the next article a coder would start. */
typedef struct gate {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int jobs, coding, storing;
} gate;

static void gate_init(gate *g, int jobs) {
  pthread_mutex_init(&g->mu, NULL);
  pthread_cond_init(&g->cv, NULL);
  g->jobs = jobs;
  g->coding = g->storing = 0;
}

static void gate_destroy(gate *g) {
  pthread_cond_destroy(&g->cv);
  pthread_mutex_destroy(&g->mu);
}

static void gate_enter(gate *g) {
  if (!g) return;
  pthread_mutex_lock(&g->mu);
  while (g->coding > 0 && g->coding >= g->jobs - g->storing) pthread_cond_wait(&g->cv, &g->mu);
  g->coding++;
  pthread_mutex_unlock(&g->mu);
}

static void gate_leave(gate *g) {
  if (!g) return;
  pthread_mutex_lock(&g->mu);
  g->coding--;
  pthread_cond_broadcast(&g->cv);
  pthread_mutex_unlock(&g->mu);
}

/* The writer stores (ON) or has stored. */
static void gate_store(gate *g, int on) {
  pthread_mutex_lock(&g->mu);
  g->storing = on;
  pthread_cond_broadcast(&g->cv);
  pthread_mutex_unlock(&g->mu);
}

typedef struct worker {
  pthread_t thread;
  gate *gate;            /* NULL: not gated */
  hd_coder *coder;
  const hd_dict *dict;
  batch *b;
  int parse;             /* parse the batch's lines, not code its articles */
  atomic_size_t *next;   /* the next item to take, shared by the workers */
} worker;

/* Where the articles come from: a reader or a recode cursor. */
typedef struct source {
  hd_reader *reader;
  hd_recode *recode;
  hd_status st;          /* the last status: HD_END, or an error */
} source;

void load_progress(load_job *j, int last) {
  load_tally *t = &j->t;
  if (j->quiet || !isatty(2)) return;
  time_t now = time(NULL);
  if (!last && now == t->shown) return;
  t->shown = now;
  if (j->replace)
    fprintf(stderr, "\rhadath: %lu of %lu articles coded again, %lu events%s", t->added, j->total, t->events,
            last ? "\n" : "");
  else
    fprintf(stderr, "\rhadath: %lu articles read, %lu added, %lu already stored, %lu events%s", t->read, t->added,
            t->present, t->events, last ? "\n" : "");
  t->on_line = !last;
}

void load_end_line(load_job *j) {
  if (j->t.on_line) fputc('\n', stderr);
  j->t.on_line = 0;
}

static void skip_message(load_job *j, const hd_article *a, hd_skip why) {
  j->t.skipped++;
  if (j->quiet) return;
  load_end_line(j);
  const char *msg = hd_article_message(a);
  if (msg && *msg) fprintf(stderr, "hadath: %s\n", msg);
  else fprintf(stderr, "hadath: %s:%zu: article %s skipped: %s\n", hd_article_file(a), hd_article_line(a),
               hd_article_id(a), hd_skip_name(why));
}

/* Reads up to BATCH articles; 0 at the end of the source. */
static size_t read_batch(source *src, batch *b) {
  size_t n = 0, bytes = 0;
  while (n < BATCH && bytes < BATCH_BYTES) {
    item *it = &b->items[n];
    hd_article *a = NULL;
    if (src->reader) {   /* a line split off: parse_item() parses it */
      if (!(a = hd_article_new(NULL, NULL, 0))) { src->st = HD_ERR_NOMEM; break; }
      src->st = hd_reader_next_raw(src->reader, a);
      if (src->st != HD_OK) { hd_article_free(a); break; }
      it->status = HD_OK;
    } else {
      src->st = hd_recode_next(src->recode, &a);
      if (src->st != HD_OK) break;
      it->status = HD_OK;
    }
    it->article = a;
    it->present = 0;
    bytes += hd_article_text_len(a);
    n++;
  }
  return b->n = n;
}

/* HD_OK, or HD_SKIP with the article's reason (a recoded article is whole:
** nothing to parse). */
static void parse_item(item *it) {
  it->status = hd_article_parse(it->article);
}

static void code_item(hd_coder *c, const hd_dict *d, item *it) {
  if (it->status == HD_OK && !it->present) hd_code_into(c, d, it->article, it->coded);
}

static void *work(void *arg) {
  worker *w = arg;
  for (size_t i; (i = atomic_fetch_add(w->next, 1)) < w->b->n;) {
    gate_enter(w->gate);
    if (w->parse) parse_item(&w->b->items[i]);
    else code_item(w->coder, w->dict, &w->b->items[i]);
    gate_leave(w->gate);
  }
  return NULL;
}

/* Articles stored already are not coded (a load only). */
static int look_up(load_job *j, batch *b) {
  for (size_t i = 0; !j->replace && i < b->n; i++) {
    item *it = &b->items[i];
    if (it->status != HD_OK) continue;
    int has = hd_store_has(j->store, it->article);
    if (has < 0) return -1;
    it->present = has;
  }
  return 0;
}

/* Stores the batch in order and accounts for every article; -1 on a store
** error. */
static int store_batch(load_job *j, batch *b, const char *path) {
  int rc = 0;
  for (size_t i = 0; i < b->n; i++) {
    item *it = &b->items[i];
    if (rc == 0) {
      j->t.read++;
      if (it->status != HD_OK) skip_message(j, it->article, hd_article_skip(it->article));
      else {
        hd_stored how;
        size_t events;
        hd_status st = hd_store_put(j->store, it->article, it->present ? NULL : it->coded, j->replace, &how, &events);
        if (*hd_store_notice(j->store)) {   /* said every time: never silent */
          load_end_line(j);
          if (hd_article_line(it->article))
            fprintf(stderr, "hadath: %s:%zu: %s\n", hd_article_file(it->article), hd_article_line(it->article),
                    hd_store_notice(j->store));
          else fprintf(stderr, "hadath: %s: %s\n", hd_article_file(it->article), hd_store_notice(j->store));
        }
        if (st != HD_OK) {
          load_end_line(j);
          fprintf(stderr, "hadath: %s: %s: %s\n", path, hd_article_id(it->article),
                  *hd_store_error(j->store) ? hd_store_error(j->store) : hd_status_message(st));
          rc = -1;
        } else if (how == HD_STORED_SKIPPED) skip_message(j, it->article, hd_coded_skip(it->coded));
        else {
          j->t.added += how == HD_STORED_NEW;
          j->t.present += how == HD_STORED_PRESENT;
          j->t.events += events;
        }
        load_progress(j, 0);
      }
    }
    hd_article_free(it->article);
    it->article = NULL;
  }
  b->n = 0;
  return rc;
}

static void free_batch(batch *b) {
  if (!b) return;
  for (size_t i = 0; i < BATCH; i++) { hd_article_free(b->items[i].article); hd_coded_free(b->items[i].coded); }
  free(b);
}

static batch *new_batch(void) {
  batch *b = calloc(1, sizeof *b);
  for (size_t i = 0; b && i < BATCH; i++)
    if (!(b->items[i].coded = hd_coded_new())) { free_batch(b); return NULL; }
  return b;
}

/* One thread: each batch looked up, coded and stored in turn. */
static int run_serial(load_job *j, source *src, const char *path) {
  batch *b = new_batch();
  hd_status st;
  hd_coder *c = hd_coder_new(j->dict, j->date, &st);
  int rc = b && c ? 0 : -1;
  while (rc == 0 && !stop_requested() && read_batch(src, b)) {
    for (size_t i = 0; i < b->n; i++) parse_item(&b->items[i]);
    if (look_up(j, b) != 0) { rc = -1; break; }
    for (size_t i = 0; i < b->n; i++) code_item(c, j->dict, &b->items[i]);
    rc = store_batch(j, b, path);
  }
  hd_coder_free(c);
  free_batch(b);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Several threads                                                     */

/* Parses (PARSE) or codes a batch with JOBS threads: JOBS - 1 started
** here, and this one. */
static void code_batch(worker *ws, int jobs, batch *b, int parse) {
  atomic_size_t next;
  atomic_store(&next, 0);
  for (int k = 0; k < jobs; k++) { ws[k].b = b; ws[k].parse = parse; ws[k].next = &next; }
  int started = 0;
  for (int k = 1; k < jobs; k++) {
    if (pthread_create(&ws[k].thread, NULL, work, &ws[k]) != 0) break;
    started++;
  }
  work(&ws[0]);   /* and what a thread that could not start would have done */
  for (int k = 1; k <= started; k++) pthread_join(ws[k].thread, NULL);
}

/* The pipeline of a load: a producer thread reads batches, looks their
** articles up in a connection of its own, and codes them with JOBS
** threads; the main thread, the one writer, stores each batch in turn.
** Three batches turn between them. */
typedef struct pipe {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  batch *free[3], *ready[3];
  int nfree, nready, done;
  int failed;            /* the writer failed: read no more (under mu) */
  load_job *j;
  source *src;
  hd_store *reader;      /* the producer's connection, for look-ups; NULL: none */
  worker *ws;
} pipe_t;

static batch *take(pipe_t *p, batch **list, int *n, int producer) {
  pthread_mutex_lock(&p->mu);
  while (!*n && !(producer ? 0 : p->done)) pthread_cond_wait(&p->cv, &p->mu);
  batch *b = NULL;
  if (*n) { b = list[0]; memmove(list, list + 1, (size_t)--*n * sizeof *list); }
  pthread_mutex_unlock(&p->mu);
  return b;
}

static void give(pipe_t *p, batch **list, int *n, batch *b, int done) {
  pthread_mutex_lock(&p->mu);
  if (b) list[(*n)++] = b;
  if (done) p->done = 1;
  pthread_cond_broadcast(&p->cv);
  pthread_mutex_unlock(&p->mu);
}

static void *produce(void *arg) {
  pipe_t *p = arg;
  for (;;) {
    batch *b = take(p, p->free, &p->nfree, 1);
    pthread_mutex_lock(&p->mu);
    int failed = p->failed;
    pthread_mutex_unlock(&p->mu);
    size_t n = stop_requested() || failed ? 0 : read_batch(p->src, b);
    if (!n) { give(p, p->free, &p->nfree, b, 1); break; }
    code_batch(p->ws, p->j->jobs, b, 1);
    for (size_t i = 0; p->reader && i < n; i++) {
      item *it = &b->items[i];
      if (it->status == HD_OK && hd_store_has(p->reader, it->article) == 1) it->present = 1;
    }
    code_batch(p->ws, p->j->jobs, b, 0);
    give(p, p->ready, &p->nready, b, 0);
  }
  return NULL;
}

static int run_pipeline(load_job *j, source *src, const char *path, const char *db) {
  pipe_t p = {.j = j, .src = src};
  int rc = 0;
  hd_status st;
  char err[512];
  gate g;
  gate_init(&g, j->jobs);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.cv, NULL);
  p.ws = calloc((size_t)j->jobs, sizeof *p.ws);
  for (int k = 0; k < 3; k++)
    if (!(p.free[p.nfree] = new_batch())) rc = -1; else p.nfree++;
  for (int k = 0; p.ws && rc == 0 && k < j->jobs; k++) {
    p.ws[k].dict = j->dict;
    p.ws[k].gate = &g;
    if (!(p.ws[k].coder = hd_coder_new(j->dict, j->date, &st))) rc = -1;
    else if (k > 0) (void)hd_coder_share_memo(p.ws[k].coder, p.ws[0].coder);   /* words analysed once */
  }
  if (!p.ws) rc = -1;
  /* look-ups in a connection of the producer's (reading does not wait for
  ** the writer); without one, every article is coded and the writer finds
  ** the stored ones */
  if (rc == 0) p.reader = hd_store_open(db, 0, &st, err, sizeof err);
  pthread_t producer;
  if (rc == 0 && pthread_create(&producer, NULL, produce, &p) != 0) rc = -1;
  else if (rc == 0) {
    batch *b;
    while ((b = take(&p, p.ready, &p.nready, 0))) {
      gate_store(&g, 1);
      int failed = rc == 0 && store_batch(j, b, path) != 0;
      gate_store(&g, 0);
      if (failed) {
        rc = -1;
        pthread_mutex_lock(&p.mu);
        p.failed = 1;
        pthread_mutex_unlock(&p.mu);
      }
      for (size_t i = 0; i < b->n; i++) { hd_article_free(b->items[i].article); b->items[i].article = NULL; }
      b->n = 0;
      give(&p, p.free, &p.nfree, b, 0);
    }
    pthread_join(producer, NULL);
  }
  hd_store_close(p.reader);
  for (int k = 0; k < p.nfree; k++) free_batch(p.free[k]);
  for (int k = 0; k < p.nready; k++) free_batch(p.ready[k]);
  for (int k = 0; p.ws && k < j->jobs; k++) hd_coder_free(p.ws[k].coder);
  free(p.ws);
  pthread_cond_destroy(&p.cv);
  pthread_mutex_destroy(&p.mu);
  gate_destroy(&g);
  return rc;
}

/* Recoding with N threads: this thread reads a batch from the store and
** stores the one before while they code it. */
static int run_parallel(load_job *j, source *src, const char *path) {
  int jobs = j->jobs, rc = 0;
  worker *ws = calloc((size_t)jobs, sizeof *ws);
  batch *cur = new_batch(), *prev = new_batch();
  hd_status st;
  gate g;
  gate_init(&g, jobs);
  if (!ws || !cur || !prev) rc = -1;
  for (int k = 0; rc == 0 && k < jobs; k++) {
    ws[k].dict = j->dict;
    ws[k].gate = &g;
    if (!(ws[k].coder = hd_coder_new(j->dict, j->date, &st))) rc = -1;
    else if (k > 0) (void)hd_coder_share_memo(ws[k].coder, ws[0].coder);   /* words analysed once */
  }
  atomic_size_t next;
  while (rc == 0) {
    size_t n = stop_requested() ? 0 : read_batch(src, cur);
    int started = 0;
    atomic_store(&next, 0);
    for (int k = 0; k < jobs; k++) { ws[k].b = cur; ws[k].parse = 0; ws[k].next = &next; }
    for (int k = 0; n && k < jobs; k++) {
      if (pthread_create(&ws[k].thread, NULL, work, &ws[k]) != 0) break;
      started++;
    }
    gate_store(&g, 1);
    if (prev->n && store_batch(j, prev, path) != 0) rc = -1;   /* while they code */
    gate_store(&g, 0);
    for (int k = 0; k < started; k++) pthread_join(ws[k].thread, NULL);
    if (n && started < jobs) work(&ws[started]);   /* a thread missing: what is left, here */
    batch *t = prev; prev = cur; cur = t;
    if (!n) break;
  }
  if (rc == 0 && prev->n) rc = store_batch(j, prev, path);
  for (int k = 0; ws && k < jobs; k++) hd_coder_free(ws[k].coder);
  free(ws);
  free_batch(cur);
  free_batch(prev);
  gate_destroy(&g);
  return rc;
}

static int run(load_job *j, source *src, const char *path) {
  if (j->jobs <= 1) return run_serial(j, src, path);
  return src->reader ? run_pipeline(j, src, path, j->db) : run_parallel(j, src, path);
}

int load_file(load_job *j, const char *path) {
  char err[512];
  hd_status st;
  source src = {0};
  if (!(src.reader = hd_reader_open(path, &st, err, sizeof err))) {
    load_end_line(j);
    fprintf(stderr, "hadath: %s\n", err);
    return -1;
  }
  int rc = run(j, &src, path) != 0 ? -2 : 0;
  if (src.st == HD_ERR_IO) {
    load_end_line(j);
    fprintf(stderr, "hadath: %s\n", hd_reader_error(src.reader));
    if (!rc) rc = -1;
  } else if (src.st == HD_ERR_NOMEM && !rc) {
    fprintf(stderr, "hadath: %s: out of memory\n", path);
    rc = -2;
  }
  hd_reader_close(src.reader);
  return rc;
}

int load_recode(load_job *j, hd_recode *r, const char *db) {
  source src = {0};
  src.recode = r;
  int rc = run(j, &src, db) != 0 ? -2 : 0;
  if (src.st != HD_END && src.st != HD_OK && !rc && !stop_requested()) {
    load_end_line(j);
    fprintf(stderr, "hadath: %s: %s\n", db, *hd_store_error(j->store) ? hd_store_error(j->store)
                                                                     : hd_status_message(src.st));
    rc = -2;
  }
  return rc;
}
