/*
** gaps.c: what the dictionaries lack in a corpus.  While articles are
** coded, the coder reports the words that stood where an actor was wanted
** and the likely verbs of sentences that named actors but coded nothing;
** this file counts them, keeps one example sentence each, and ranks them.
** It is how dictionaries are grown from evidence rather than guesswork.
*/
#include <stdlib.h>
#include "code/coder.h"

#define EXAMPLE_BYTES 240

typedef struct gap_entry {
  uint32_t word, example;   /* offsets into the pool */
  uint32_t count;
} gap_entry;

typedef struct gap_table {
  gap_entry *slots;
  size_t cap, count;
} gap_table;

struct hd_gaps {
  gap_table lists[2];   /* 0: actor positions; 1: sentences without events */
  hd_buf pool;
  int failed;
};

hd_gaps *hd_gaps_new(void) { return calloc(1, sizeof(hd_gaps)); }

void hd_gaps_free(hd_gaps *g) {
  if (!g) return;
  free(g->lists[0].slots);
  free(g->lists[1].slots);
  hd_buf_free(&g->pool);
  free(g);
}

static const char *pool_at(const hd_gaps *g, uint32_t off) { return g->pool.data + off; }

static uint32_t pool_add(hd_gaps *g, const char *s, size_t n) {
  uint32_t off = (uint32_t)g->pool.len;
  if (hd_buf_append(&g->pool, s, n) != 0 || hd_buf_putc(&g->pool, 0) != 0) g->failed = 1;
  return off;
}

/* Finds or adds W in T; the table is rebuilt from the pool when it grows. */
static gap_entry *table_find(hd_gaps *g, gap_table *t, const char *w, size_t n) {
  if ((t->count + 1) * 2 > t->cap) {
    gap_entry *old = t->slots;
    size_t old_cap = t->cap;
    size_t cap = old_cap ? old_cap * 2 : 4096;
    gap_entry *slots = calloc(cap, sizeof *slots);
    if (!slots) { g->failed = 1; return NULL; }
    for (size_t i = 0; i < old_cap; i++) {
      if (!old[i].count) continue;
      const char *s = pool_at(g, old[i].word);
      size_t j = hd_hash(s, strlen(s), HD_HASH_SEED) & (cap - 1);
      while (slots[j].count) j = (j + 1) & (cap - 1);
      slots[j] = old[i];
    }
    free(old);
    t->slots = slots; t->cap = cap;
  }
  size_t j = hd_hash(w, n, HD_HASH_SEED) & (t->cap - 1);
  while (t->slots[j].count) {
    const char *s = pool_at(g, t->slots[j].word);
    if (strncmp(s, w, n) == 0 && s[n] == 0) return &t->slots[j];
    j = (j + 1) & (t->cap - 1);
  }
  return &t->slots[j];
}

static void on_gap(void *user, int kind, const char *w, size_t n, const char *sentence, size_t len) {
  hd_gaps *g = user;
  gap_table *t = &g->lists[kind ? 1 : 0];
  gap_entry *e = table_find(g, t, w, n);
  if (!e) return;
  if (!e->count) {
    e->word = pool_add(g, w, n);
    /* cut the example at a character boundary */
    size_t m = len < EXAMPLE_BYTES ? len : EXAMPLE_BYTES;
    while (m < len && m > 0 && ((unsigned char)sentence[m] & 0xC0) == 0x80) m--;
    e->example = pool_add(g, sentence, m);
    t->count++;
  }
  e->count++;
}

hd_status hd_gaps_article(hd_gaps *g, hd_coder *c, const hd_article *a) {
  c->gap = on_gap;
  c->gap_user = g;
  hd_status st = hd_code_article(c, a, NULL, NULL);
  c->gap = NULL;
  return g->failed ? HD_ERR_NOMEM : st;
}

static const hd_gaps *sort_gaps;   /* qsort has no user pointer */

static int by_count(const void *a, const void *b) {
  const gap_entry *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(pool_at(sort_gaps, x->word), pool_at(sort_gaps, y->word));
}

static void write_list(const hd_gaps *g, const gap_table *t, size_t top, const char *title, FILE *out) {
  gap_entry *all = malloc((t->count + 1) * sizeof *all);
  size_t n = 0;
  for (size_t i = 0; all && i < t->cap; i++)
    if (t->slots[i].count) all[n++] = t->slots[i];
  sort_gaps = g;
  if (all) qsort(all, n, sizeof *all, by_count);
  fprintf(out, "# %s (%zu distinct)\n# count\twords\texample\n", title, n);
  for (size_t i = 0; i < n && i < top; i++)
    fprintf(out, "%u\t%s\t%s\n", all[i].count, pool_at(g, all[i].word), pool_at(g, all[i].example));
  free(all);
}

void hd_gaps_write(const hd_gaps *g, size_t top, FILE *out) {
  write_list(g, &g->lists[0], top, "words in actor positions that no dictionary knows", out);
  fputc('\n', out);
  write_list(g, &g->lists[1], top, "first words of sentences with actors but no event", out);
}
