/*
** checkpoint.c: SQLite's write-ahead log copied into the store by a thread
** of its own (hd_store_set_background_checkpoints()), rather than by the
** writer in the commit that fills the log.
**
** The writer commits into the log (WAL mode); every 16,384 pages (64 MB)
** the log is copied into the file and both are synced, a checkpoint.  Done
** by the writer, that copy and its syncs stop the load for about a fifth
** of its time.  Here a second connection does it, in a thread that waits
** for the writer's commits to fill the log (SQLite's log hook): the
** writer goes on meanwhile (a passive checkpoint copies what is committed,
** and never waits for the writer), and starts the log again from its
** beginning at its first commit after a copy that got everything.  The
** copies and the syncs are the same as the writer's own would be, so what
** a crash or a power cut leaves is as before (docs/store.md).  When the
** thread cannot keep up (a reader holds the log), the writer copies, as
** SQLite would, once the log is four times its usual size.
*/
#include <pthread.h>
#include <stdlib.h>
#include "store.h"

#define LOG_PAGES 16384   /* the store's wal_autocheckpoint (schema.c) */

struct hd_checkpointer {
  pthread_t thread;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  sqlite3 *db;            /* the thread's own connection */
  int want, stop;
};

static void *run(void *arg) {
  hd_checkpointer *c = arg;
  pthread_mutex_lock(&c->mu);
  for (;;) {
    while (!c->want && !c->stop) pthread_cond_wait(&c->cv, &c->mu);
    if (c->stop) break;
    c->want = 0;
    pthread_mutex_unlock(&c->mu);
    /* an error (another checkpoint running) leaves the copy to the next */
    (void)sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    pthread_mutex_lock(&c->mu);
  }
  pthread_mutex_unlock(&c->mu);
  return NULL;
}

/* Called by SQLite on the writer's thread after each commit, with the
** pages in the log. */
static int on_commit(void *arg, sqlite3 *db, const char *schema, int pages) {
  hd_checkpointer *c = arg;
  if (pages >= 4 * LOG_PAGES) {   /* the thread is behind: as SQLite would */
    (void)sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return SQLITE_OK;
  }
  if (pages >= LOG_PAGES) {
    pthread_mutex_lock(&c->mu);
    c->want = 1;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
  }
  return SQLITE_OK;
}

static void stop(hd_store *s) {
  hd_checkpointer *c = s->checkpointer;
  if (!c) return;
  sqlite3_wal_autocheckpoint(s->db, LOG_PAGES);   /* the writer's own again */
  pthread_mutex_lock(&c->mu);
  c->stop = 1;
  pthread_cond_signal(&c->cv);
  pthread_mutex_unlock(&c->mu);
  pthread_join(c->thread, NULL);
  sqlite3_close(c->db);
  pthread_cond_destroy(&c->cv);
  pthread_mutex_destroy(&c->mu);
  free(c);
  s->checkpointer = NULL;
}

int hd_store_set_background_checkpoints(hd_store *s, int on) {
  if (!s || s->engine != HD_SQLITE || !s->writable) return 0;
  if (!on) { stop(s); return 0; }
  if (s->checkpointer) return 0;
  hd_checkpointer *c = calloc(1, sizeof *c);
  const char *file = sqlite3_db_filename(s->db, "main");
  if (!c || !file || !*file) { free(c); return 0; }   /* the writer checkpoints, as before */
  if (sqlite3_open_v2(file, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
      sqlite3_exec(c->db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL) != SQLITE_OK) {
    sqlite3_close(c->db);
    free(c);
    return 0;
  }
  pthread_mutex_init(&c->mu, NULL);
  pthread_cond_init(&c->cv, NULL);
  if (pthread_create(&c->thread, NULL, run, c) != 0) {
    pthread_cond_destroy(&c->cv);
    pthread_mutex_destroy(&c->mu);
    sqlite3_close(c->db);
    free(c);
    return 0;
  }
  s->checkpointer = c;
  sqlite3_wal_hook(s->db, on_commit, c);   /* in place of wal_autocheckpoint */
  return 0;
}
