/*
** jobs.c: coding with several threads.  The main thread splits the input
** into lines, in batches, and parses none of them: the workers parse the
** lines they take and code their articles, each with its own coder (the
** dictionaries are shared, read-only, and so is the memo of words, which
** each adds to), into a memory stream per article.
** With -j N, N - 1 worker threads start on a batch while the main thread
** splits the next batch off, then the main thread works on the batch too,
** so that N threads run on N cores.  Workers take the articles of a batch
** one at a time, so that none waits while another has long ones left.
** The batch is written in input order while the workers code the next:
** the output is the same bytes as with one thread.  Memory stays bounded
** by two batches, whatever the input size.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

#define BATCH 512
#define BATCH_BYTES (16u << 20)   /* and at most this much text, so memory stays bounded */

typedef struct slot {
  hd_article *article;   /* kept from batch to batch */
  hd_status status;      /* of parsing (HD_OK or HD_SKIP), then of coding */
  hd_skip why;
  char *first;           /* given its other id: the file whose id it had */
  char *out;
  size_t out_len;
  unsigned long events, unwritten;
} slot;

typedef struct worker {
  pthread_t thread;
  hd_coder *coder;
  const hd_dict *dict;
  const options *o;
  slot *slots;
  size_t count;
  atomic_size_t *next;   /* the next slot to take, shared by the workers */
} worker;

typedef struct mem_sink {
  FILE *out;
  hd_format format;
  const hd_article *article;
  const hd_dict *dict;
  unsigned long events, unwritten;
} mem_sink;

static int count_event(const hd_event *ev, void *user) {
  mem_sink *s = user;
  if (!hd_write_event(ev, s->article, s->dict, s->format, s->out)) s->unwritten++;
  s->events++;
  return 0;
}

static void code_slot(worker *w, slot *sl) {
  sl->status = hd_article_parse(sl->article);
  if (sl->status == HD_SKIP) sl->why = hd_article_skip(sl->article);
  if (sl->status != HD_OK) return;
  FILE *mem = open_memstream(&sl->out, &sl->out_len);
  if (!mem) { sl->status = HD_ERR_NOMEM; return; }
  mem_sink s = {mem, w->o->format, sl->article, w->dict, 0, 0};
  sl->status = hd_code_article(w->coder, sl->article, count_event, &s);
  if (sl->status == HD_SKIP) sl->why = hd_coder_skip(w->coder);
  fclose(mem);
  sl->events = s.events;
  sl->unwritten = s.unwritten;
}

static void *work(void *arg) {
  worker *w = arg;
  for (size_t i; (i = atomic_fetch_add(w->next, 1)) < w->count;) code_slot(w, &w->slots[i]);
  return NULL;
}

/* Writes the batch in order and accounts for each article. */
static int flush_batch(const options *o, slot *slots, size_t n, sink *s) {
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    slot *sl = &slots[i];
    s->st->read++;
    if (sl->first) note_renamed(sl->article, sl->first);
    if (sl->status == HD_SKIP) note_skip(o, s->st, sl->article, sl->why);
    else if (sl->status != HD_OK) {
      fprintf(stderr, "hadath: %s:%zu: article %s: %s\n", hd_article_file(sl->article), hd_article_line(sl->article),
              hd_article_id(sl->article), hd_status_message(sl->status));
      rc = -1;
    }
    else {
      if (sl->out_len) fwrite(sl->out, 1, sl->out_len, s->out);
      s->st->coded++;
      s->st->events += sl->events;
      s->st->unwritten += sl->unwritten;
      s->st->with_events += sl->events > 0;
    }
    free(sl->out);
    free(sl->first);
    *sl = (slot){.article = sl->article};
  }
  return rc;
}

/* Frees what a batch that will not be written still holds. */
static void free_batch(slot *slots) {
  for (size_t i = 0; slots && i < BATCH; i++) {
    free(slots[i].out);
    free(slots[i].first);
    hd_article_free(slots[i].article);
  }
  free(slots);
}

/* Starts JOBS - 1 workers on a batch; returns how many threads run.  This
** thread is the last worker, once it has written the batch before and
** split the next one off, so that JOBS threads run on JOBS cores. */
static int start_batch(const options *o, worker *ws, int jobs, slot *slots, size_t n, atomic_size_t *next) {
  int started = 0;
  atomic_store(next, 0);
  for (int j = 0; j < jobs; j++) { ws[j].slots = slots; ws[j].count = n; ws[j].next = next; ws[j].o = o; }
  for (int j = 0; j < jobs - 1; j++) {
    if (pthread_create(&ws[j].thread, NULL, work, &ws[j]) != 0) break;
    started++;
  }
  return started;
}

/* Works on the batch here too, then waits for the workers. */
static void finish_batch(worker *ws, int jobs, int started) {
  work(&ws[jobs - 1]);   /* and what a thread that could not start would have done */
  for (int j = 0; j < started; j++) pthread_join(ws[j].thread, NULL);
}

/* Splits up to BATCH articles off into SLOTS, for the workers to parse;
** returns how many, or -1. */
static long read_batch(hd_reader *r, slot *slots, hd_status *st) {
  size_t n = 0, bytes = 0;
  while (n < BATCH && bytes < BATCH_BYTES) {
    slot *sl = &slots[n];
    if (!sl->article && !(sl->article = hd_article_new(NULL, NULL, 0))) return -1;
    if ((*st = hd_reader_next_raw(r, sl->article)) != HD_OK) return *st == HD_ERR_NOMEM ? -1 : (long)n;
    hd_article *a = sl->article;
    /* a plain-text file is whole already: its id is looked at here, in order */
    char other[1024], first[1024];
    if (hd_article_line(a) == 0 && hd_article_parse(a) == HD_OK && plain_id_taken(a, other, sizeof other, first, sizeof first) &&
        hd_article_set_id(a, other) == HD_OK)
      sl->first = strdup(first);
    bytes += hd_article_text_len(a);
    n++;
  }
  return (long)n;
}

int code_file_parallel(const options *o, const hd_dict *d, const char *path, sink *s) {
  char err[512];
  hd_status st;
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) { fprintf(stderr, "hadath: %s\n", err); return -1; }
  int jobs = (int)o->jobs, rc = 0;
  worker *ws = calloc((size_t)jobs, sizeof *ws);
  slot *slots = calloc(BATCH, sizeof *slots);
  for (int j = 0; ws && j < jobs; j++)
    if (!(ws[j].coder = hd_coder_new(d, o->date, &st))) rc = -1;
    else {
      hd_coder_set_realis(ws[j].coder, o->realis);
      hd_coder_set_incomplete(ws[j].coder, o->incomplete);
      ws[j].dict = d;
      /* one memo of words for all: each is analysed once (a coder that
      ** cannot share keeps its own, which codes the same) */
      if (j > 0) (void)hd_coder_share_memo(ws[j].coder, ws[0].coder);
    }
  if (!ws || !slots) rc = -1;
  /* two batches: while the workers code one, this thread writes the one
  ** before and reads the next into its place */
  slot *next = calloc(BATCH, sizeof *next);
  if (!next) rc = -1;
  atomic_size_t taken;
  long n = rc == 0 ? read_batch(r, slots, &st) : 0;
  size_t coded = 0;   /* articles of the batch in NEXT, coded and not written yet */
  int unwritten = 0;  /* writing failed: nothing more is written */
  if (n < 0) rc = -1;
  while (rc == 0 && n > 0 && !stop_requested()) {
    int started = start_batch(o, ws, jobs, slots, (size_t)n, &taken);
    if (flush_batch(o, next, coded, s) != 0) rc = -1, unwritten = 1;
    long m = rc == 0 ? read_batch(r, next, &st) : 0;
    finish_batch(ws, jobs, started);
    if (m < 0) rc = -1;
    slot *t = slots; slots = next; next = t;
    coded = (size_t)n;
    n = m;
  }
  if (!unwritten && flush_batch(o, next, coded, s) != 0) rc = -1;
  free_batch(next);
  if (st == HD_ERR_IO) { fprintf(stderr, "hadath: %s\n", hd_reader_error(r)); rc = -1; }
  for (int j = 0; ws && j < jobs; j++) {
    s->st->sentences += hd_coder_sentences(ws[j].coder);
    hd_coder_free(ws[j].coder);
  }
  free(ws);
  free_batch(slots);
  hd_reader_close(r);
  return rc;
}
