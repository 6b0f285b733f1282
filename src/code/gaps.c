/*
** gaps.c: what the dictionaries lack in a corpus.  While articles are
** coded, the coder reports the words that stood where an actor was wanted
** and the likely verbs of sentences that named actors but coded nothing;
** this file counts them, keeps one example sentence each, and ranks them.
** It is how dictionaries are grown from evidence rather than guesswork.
** The first half is the coder's side: what it reports, and where.
*/
#include <stdlib.h>
#include "code/coder.h"

#define EXAMPLE_BYTES 240

/* ------------------------------------------------------------------ */
/* What the coder reports                                              */

/* Little words that are neither actors nor verbs. */
static int is_function_word(const hd_coder *c, size_t i) {
  static const char *const words[] = {
    "\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x86", "\xd9\x82\xd8\xaf", "\xd9\x83\xd9\x85\xd8\xa7", "\xd8\xb9\xd9\x86",
    "\xd9\x85\xd8\xb9", "\xd9\x87\xd8\xb0\xd8\xa7", "\xd9\x87\xd8\xb0\xd9\x87", "\xd8\xb0\xd9\x84\xd9\x83",
    "\xd8\xaa\xd9\x84\xd9\x83", "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a",
    "\xd9\x84\xd9\x85", "\xd9\x84\xd8\xa7", "\xd9\x84\xd9\x86", "\xd9\x85\xd8\xa7", "\xd9\x88",
    "\xd8\xa8\xd9\x8a\xd9\x86", "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84",
    "\xd8\xad\xd9\x8a\xd8\xab", "\xd9\x83\xd9\x84", "\xd9\x87\xd9\x88", "\xd9\x87\xd9\x8a", "\xd8\xab\xd9\x85",
    "\xd9\x84\xd9\x82\xd8\xaf", "\xd8\xa8\xd9\x84", "\xd9\x83\xd8\xa7\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa",
    "\xd9\x84\xd9\x83\xd9\x86", "\xd8\xa7\xd9\x85\xd8\xa7", "\xd8\xa8\xd8\xad\xd8\xb3\xd8\xa8", "\xd8\xa7\xd9\x83\xd8\xab\xd8\xb1",
    "\xd9\x86\xd8\xad\xd9\x88", "\xd9\x81\xd9\x8a\xd9\x87\xd8\xa7", "\xd9\x81\xd9\x8a\xd9\x87", "\xd8\xb9\xd8\xaf\xd8\xaf",
    "\xd8\xb9\xd8\xa7\xd9\x85", "\xd9\x8a\xd9\x83\xd9\x88\xd9\x86", "\xd8\xaa\xd9\x83\xd9\x88\xd9\x86",
    "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87", "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87\xd8\xa7", "\xd8\xa8\xd9\x87",
    "\xd8\xa8\xd9\x87\xd8\xa7", "\xd8\xa7\xd9\x8a\xd8\xb6\xd8\xa7", "\xd9\x84\xd9\x85\xd8\xaf\xd9\x87",
    "\xd9\x8a\xd9\x82\xd9\x84", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xaf\xd9\x8a\xd8\xaf", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa"};
  /* and عليه عليها به بها ايضا لمده يقل العديد العشرات */
  /* في من علي الي ان قد كما عن مع هذا هذه ذلك تلك الذي التي لم لا لن ما و بين بعد قبل خلال حيث كل هو هي
  ** ثم لقد بل كان كانت لكن اما بحسب اكثر نحو فيها فيه عدد عام يكون تكون, with or without و ف before them */
  const hd_token *t = &c->tokens[i];
  return t->kind != HD_TOK_WORD || tok_len(t) <= 2 || hd_tok_in(c, i, words, HD_ARRAY_LEN(words));
}

/* Is token I part of a phrase the dictionaries know (a place, say)? */
static int is_known(const hd_coder *c, size_t i) {
  for (size_t k = 0; k < c->nmentions; k++)
    if (c->mentions[k].tok_start <= i && i < c->mentions[k].tok_end) return 1;
  return 0;
}

/* Reports up to two content words from token I on, outside actors and
** known phrases. */
void hd_report_gap(hd_coder *c, int kind, size_t i) {
  while (i < c->ntokens && is_function_word(c, i) && c->tokens[i].kind != HD_TOK_PUNCT) i++;
  if (i >= c->ntokens || c->actor_at[i] >= 0 || is_known(c, i) || c->tokens[i].kind != HD_TOK_WORD) return;
  size_t j = i + 1;
  if (kind == 0 && j < c->ntokens && c->actor_at[j] < 0 && !is_known(c, j) && c->tokens[j].kind == HD_TOK_WORD &&
      !is_function_word(c, j))
    j++;
  uint32_t os = c->norm.map[c->sent_start], oe = c->norm.map[c->sent_end];
  c->gap(c->gap_user, kind, tok_text(c, &c->tokens[i]), c->tokens[j - 1].end - c->tokens[i].start,
         c->original + os, oe - os);
}

/* A sentence with actors and no event: its first word, or the word after
** its first actor, is most often the verb the dictionaries lack. */
void hd_report_silent_sentence(hd_coder *c) {
  if (c->ngroups == 0) return;
  size_t first = 0;
  while (first < c->ntokens && (c->tokens[first].kind != HD_TOK_WORD || is_function_word(c, first))) first++;
  if (first < c->ntokens && c->actor_at[first] < 0) hd_report_gap(c, 1, first);
  else hd_report_gap(c, 1, c->groups[0].tok_end);
}

/* ------------------------------------------------------------------ */
/* The tally                                                           */

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
