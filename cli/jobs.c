/*
** jobs.c: coding with several threads.  Articles are read in batches on
** the main thread; each worker codes its share with its own coder (the
** dictionaries are shared, read-only) into a memory stream per article;
** then the batch is written in input order.  Memory stays bounded by the
** batch, whatever the input size.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

#define BATCH 512

typedef struct slot {
  hd_article *article;
  hd_status status;      /* of reading (HD_OK or HD_SKIP) then of coding */
  hd_skip why;
  char *out;
  size_t out_len;
  unsigned long events;
} slot;

typedef struct worker {
  pthread_t thread;
  hd_coder *coder;
  const options *o;
  slot *slots;
  size_t first, count, step;
} worker;

typedef struct mem_sink { FILE *out; hd_format format; unsigned long events; } mem_sink;

static int count_event(const hd_event *ev, void *user) {
  mem_sink *s = user;
  hd_write_event(ev, s->format, s->out);
  s->events++;
  return 0;
}

static void code_slot(worker *w, slot *sl) {
  if (sl->status != HD_OK) return;
  FILE *mem = open_memstream(&sl->out, &sl->out_len);
  if (!mem) { sl->status = HD_ERR_NOMEM; return; }
  mem_sink s = {mem, w->o->format, 0};
  sl->status = hd_code_article(w->coder, sl->article, count_event, &s);
  if (sl->status == HD_SKIP) sl->why = hd_coder_skip(w->coder);
  fclose(mem);
  sl->events = s.events;
}

static void *work(void *arg) {
  worker *w = arg;
  for (size_t i = w->first; i < w->count; i += w->step) code_slot(w, &w->slots[i]);
  return NULL;
}

/* Writes the batch in order and accounts for each article. */
static int flush_batch(const options *o, slot *slots, size_t n, sink *s) {
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    slot *sl = &slots[i];
    s->st->read++;
    if (sl->status == HD_SKIP) note_skip(o, s->st, sl->article, sl->why);
    else if (sl->status != HD_OK) { fprintf(stderr, "hadath: %s\n", hd_status_message(sl->status)); rc = -1; }
    else {
      if (sl->out_len) fwrite(sl->out, 1, sl->out_len, s->out);
      s->st->coded++;
      s->st->events += sl->events;
      s->st->with_events += sl->events > 0;
    }
    free(sl->out);
    hd_article_free(sl->article);
    memset(sl, 0, sizeof *sl);
  }
  return rc;
}

static int run_batch(const options *o, worker *ws, int jobs, slot *slots, size_t n) {
  int started = 0;
  for (int j = 0; j < jobs; j++) {
    ws[j].slots = slots; ws[j].first = (size_t)j; ws[j].count = n; ws[j].step = (size_t)jobs; ws[j].o = o;
    if (pthread_create(&ws[j].thread, NULL, work, &ws[j]) != 0) break;
    started++;
  }
  for (int j = 0; j < started; j++) pthread_join(ws[j].thread, NULL);
  for (int j = started; j < jobs; j++) work(&ws[j]);   /* no thread: do its share here */
  return 0;
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
  if (!ws || !slots) rc = -1;
  const hd_article *a;
  size_t n = 0;
  while (rc == 0 && ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP)) {
    slots[n].status = st;
    slots[n].why = hd_article_skip(a);
    if (!(slots[n].article = hd_article_clone(a))) { rc = -1; break; }
    if (++n == BATCH) { run_batch(o, ws, jobs, slots, n); rc = flush_batch(o, slots, n, s); n = 0; }
  }
  if (n && slots) { run_batch(o, ws, jobs, slots, n); if (flush_batch(o, slots, n, s)) rc = -1; }
  if (st == HD_ERR_IO) { fprintf(stderr, "hadath: %s\n", hd_reader_error(r)); rc = -1; }
  for (int j = 0; ws && j < jobs; j++) {
    s->st->sentences += hd_coder_sentences(ws[j].coder);
    hd_coder_free(ws[j].coder);
  }
  free(ws);
  free(slots);
  hd_reader_close(r);
  return rc;
}
