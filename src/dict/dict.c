/*
** dict.c: loads dictionary text (format in docs/dictionaries.md) into the
** tables of dict.h.
**
** A file is read twice: the first pass checks every line and stops at the
** first error, reported as "file:line: what is wrong"; only a file without
** errors is read a second time to insert its entries.  So a broken file adds
** nothing, and the tables never hold half of one.
*/
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "dict/dict.h"
#include "dict/builtin.h"
#include "normalize/normalize.h"
#include "tokenize/tokenize.h"

/* ------------------------------------------------------------------ */
/* Hash maps with 64-bit keys (0 = empty)                              */

static int map_grow(hd_map *m) {
  size_t cap = m->cap ? m->cap * 2 : 1024;
  uint64_t *keys = calloc(cap, sizeof *keys);
  uint32_t *vals = calloc(cap, sizeof *vals);
  if (!keys || !vals) { free(keys); free(vals); return -1; }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    size_t j = (size_t)(m->keys[i] * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);
    while (keys[j]) j = (j + 1) & (cap - 1);
    keys[j] = m->keys[i]; vals[j] = m->vals[i];
  }
  free(m->keys); free(m->vals);
  m->keys = keys; m->vals = vals; m->cap = cap;
  return 0;
}

static uint32_t *map_slot(const hd_map *m, uint64_t key, int *found) {
  if (!m->cap) { *found = 0; return NULL; }
  size_t j = (size_t)(key * 0x9E3779B97F4A7C15ull >> 20) & (m->cap - 1);
  while (m->keys[j] && m->keys[j] != key) j = (j + 1) & (m->cap - 1);
  *found = m->keys[j] == key;
  return &m->vals[j];
}

static uint32_t map_get(const hd_map *m, uint64_t key) {
  int found;
  uint32_t *v = map_slot(m, key, &found);
  return found ? *v : 0;
}

static int map_put(hd_map *m, uint64_t key, uint32_t val) {
  if ((m->count + 1) * 4 > m->cap * 3 && map_grow(m) != 0) return -1;
  int found;
  uint32_t *v = map_slot(m, key, &found);
  if (!found) { m->keys[v - m->vals] = key; m->count++; }
  *v = val;
  return 0;
}

static void map_free(hd_map *m) { free(m->keys); free(m->vals); }

static uint32_t word_map_get(const hd_word_map *m, uint32_t word) { return word < m->cap ? m->vals[word] : 0; }

static int word_map_put(hd_word_map *m, uint32_t word, uint32_t val) {
  if (word >= m->cap) {
    size_t cap = m->cap ? m->cap : 1024;
    while (cap <= word) cap *= 2;
    uint32_t *v = realloc(m->vals, cap * sizeof *v);
    if (!v) return -1;
    memset(v + m->cap, 0, (cap - m->cap) * sizeof *v);
    m->vals = v;
    m->cap = cap;
  }
  m->vals[word] = val;
  return 0;
}

#define grow hd_grow

/* ------------------------------------------------------------------ */
/* Interned words                                                      */

/* The slot of the word W (N bytes) hashed to H (hd_token_hash(), which
** reads eight bytes a step): its own, or the free one where it would go.
** A slot keeps the word's hash beside its id, so that another word in the
** way is passed without reading its letters. */
static size_t word_slot(const hd_dict *d, const char *w, size_t n, uint32_t h) {
  size_t j = h & (d->word_slot_cap - 1);
  for (;;) {
    uint64_t v = d->word_slots[j];
    if (!v) return j;
    if ((uint32_t)(v >> 32) == h) {
      const char *s = d->pool.data + d->word_off[(uint32_t)v];
      if (strncmp(s, w, n) == 0 && s[n] == 0) return j;   /* pool words end in NUL */
    }
    j = (j + 1) & (d->word_slot_cap - 1);
  }
}

/* The two bits of the filter of words for hash H, from its two halves. */
static inline uint32_t filter_bit1(uint32_t h) { return h & (HD_WORD_FILTER_BITS - 1); }
static inline uint32_t filter_bit2(uint32_t h) { return (h >> 16 ^ h << 16) & (HD_WORD_FILTER_BITS - 1); }

static inline int filter_may_hold(const hd_dict *d, uint32_t h) {
  uint32_t a = filter_bit1(h), b = filter_bit2(h);
  return !d->word_filter || ((d->word_filter[a / 64] >> (a % 64) & 1) && (d->word_filter[b / 64] >> (b % 64) & 1));
}

/* Most strings asked for are no word: the analysis of a new word tries
** every way of peeling its clitics.  A filter of two bits a word, small
** enough to stay in the cache, answers most of them without a probe of
** the table of words, which is larger and a wait for memory each. */
uint32_t hd_dict_word(const hd_dict *d, const char *w, size_t n) {
  if (!d->word_slot_cap) return HD_NO_WORD;
  uint32_t h = hd_token_hash(w, n);
  if (!filter_may_hold(d, h)) return HD_NO_WORD;
  return (uint32_t)d->word_slots[word_slot(d, w, n, h)];
}

const char *hd_dict_word_text(const hd_dict *d, uint32_t id) {
  return id && id < d->nwords ? d->pool.data + d->word_off[id] : "";
}

static int rehash_words(hd_dict *d) {
  size_t cap = d->word_slot_cap ? d->word_slot_cap * 2 : 4096;
  uint64_t *slots = calloc(cap, sizeof *slots);
  if (!slots) return -1;
  free(d->word_slots);
  d->word_slots = slots; d->word_slot_cap = cap;
  for (uint32_t id = 1; id < d->nwords; id++) {
    const char *s = d->pool.data + d->word_off[id];
    size_t n = strlen(s);
    uint32_t h = hd_token_hash(s, n);
    d->word_slots[word_slot(d, s, n, h)] = (uint64_t)h << 32 | id;
  }
  return 0;
}

static uint32_t intern(hd_dict *d, const char *w, size_t n) {
  if (d->nwords == 0) d->nwords = 1;   /* id 0 means "no word" */
  if ((d->nwords + 1) * 2 > d->word_slot_cap && rehash_words(d) != 0) return HD_NO_WORD;
  uint32_t h = hd_token_hash(w, n);
  size_t j = word_slot(d, w, n, h);
  if (d->word_slots[j]) return (uint32_t)d->word_slots[j];
  size_t cap = d->word_cap;
  if (grow((void **)&d->word_off, &d->word_cap, d->nwords + 1, sizeof *d->word_off) != 0) return HD_NO_WORD;
  if (d->word_cap != cap || !d->word_role) {
    uint8_t *role = realloc(d->word_role, d->word_cap);
    if (!role) return HD_NO_WORD;
    memset(role + (d->word_role ? cap : 0), 0, d->word_cap - (d->word_role ? cap : 0));
    d->word_role = role;
  }
  d->word_off[d->nwords] = (uint32_t)d->pool.len;
  if (hd_buf_append(&d->pool, w, n) != 0 || hd_buf_putc(&d->pool, 0) != 0) return HD_NO_WORD;
  d->word_slots[j] = (uint64_t)h << 32 | (uint32_t)d->nwords;
  /* made with the first word, or never: a filter must hold every word */
  if (d->nwords == 1) d->word_filter = calloc(HD_WORD_FILTER_BITS / 64, sizeof *d->word_filter);
  if (d->word_filter) {
    uint32_t a = filter_bit1(h), b = filter_bit2(h);
    d->word_filter[a / 64] |= (uint64_t)1 << (a % 64);
    d->word_filter[b / 64] |= (uint64_t)1 << (b % 64);
  }
  return (uint32_t)d->nwords++;
}

/* ------------------------------------------------------------------ */
/* Lookups used while coding                                           */

uint32_t hd_dict_child(const hd_dict *d, uint32_t node, uint32_t word) {
  /* most words of a text begin no phrase: one byte says so without a probe */
  if (node == 0)
    return word < d->nwords && (d->word_role[word] & HD_WORD_STARTS) ? word_map_get(&d->root_child, word) : 0;
  return map_get(&d->trie, (uint64_t)node << 32 | word);
}

const hd_entry *hd_dict_first_entry(const hd_dict *d, uint32_t node) {
  return node < d->nnodes && d->node_first[node] ? &d->entries[d->node_first[node]] : NULL;
}

const hd_entry *hd_dict_next_entry(const hd_dict *d, const hd_entry *e) {
  return e->next ? &d->entries[e->next] : NULL;
}

size_t hd_dict_anchors(const hd_dict *d, uint32_t word, const hd_pattern **out, size_t max) {
  size_t k = 0;
  if (word >= d->nwords || !(d->word_role[word] & HD_WORD_ANCHORS)) return 0;
  if (d->anchor_links == d->nlinks && word < d->anchor_words) {
    for (uint32_t j = d->anchor_start[word]; j < d->anchor_start[word + 1] && k < max; j++)
      out[k++] = &d->patterns[d->anchor_pattern[j]];
    return k;
  }
  for (uint32_t l = word_map_get(&d->anchors, word); l && k < max; l = d->link_next[l - 1])
    out[k++] = &d->patterns[d->link_pattern[l - 1]];
  return k;
}

/* Lays each word's anchor links out side by side (anchor_start and
** anchor_pattern), so that a word's patterns are read in one place rather
** than link by link; made again after each file, in the order of the
** links.  -1 when out of memory (lookups then follow the links). */
static int index_anchors(hd_dict *d) {
  size_t nw = d->nwords;
  uint32_t *start = malloc((nw + 1) * sizeof *start);
  uint32_t *pattern = malloc((d->nlinks ? d->nlinks : 1) * sizeof *pattern);
  if (!start || !pattern) {
    free(start);
    free(pattern);
    return -1;
  }
  uint32_t k = 0;
  for (size_t w = 0; w < nw; w++) {
    start[w] = k;
    for (uint32_t l = word_map_get(&d->anchors, (uint32_t)w); l; l = d->link_next[l - 1])
      pattern[k++] = d->link_pattern[l - 1];
  }
  start[nw] = k;
  free(d->anchor_start);
  free(d->anchor_pattern);
  d->anchor_start = start;
  d->anchor_pattern = pattern;
  d->anchor_words = nw;
  d->anchor_links = d->nlinks;
  return 0;
}

static uint64_t pack_code(const char *code) {
  uint64_t k = 0;
  for (size_t i = 0; code[i] && i < 7; i++) k = k << 8 | (unsigned char)code[i];
  return k;
}

const hd_cameo *hd_dict_cameo(const hd_dict *d, const char *code) {
  uint32_t i = map_get(&d->cameo_index, pack_code(code));
  return i ? &d->cameo[i - 1] : NULL;
}

const char *hd_dict_cameo_name(const hd_dict *d, const hd_cameo *c) {
  return d->strings.data ? d->strings.data + c->name : "";
}

const char *hd_dict_file(const hd_dict *d, unsigned file) {
  return file < d->nfiles ? d->files[file] : "?";
}

int hd_origin_plain_alef(const hd_origin *o, size_t k) {
  if (!o) return 1;
  const unsigned char *c = (const unsigned char *)o->text + o->map[k];
  return c[0] == 0xD8 && c[1] == 0xA7;
}

int hd_origin_teh_marbuta(const hd_origin *o, size_t k) {
  if (!o) return 0;
  const unsigned char *c = (const unsigned char *)o->text + o->map[k];
  return c[0] == 0xD8 && c[1] == 0xA9;
}

size_t hd_strip_article(const char *w, size_t n, const hd_origin *o, size_t k) {
  /* ال followed by at least two letters (four bytes of Arabic) */
  if (n >= 8 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0 && hd_origin_plain_alef(o, k)) return 4;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */

typedef enum section { SEC_NONE, SEC_COUNTRIES, SEC_ACTORS, SEC_AGENTS, SEC_VERBS, SEC_CAMEO, SEC_STOP, SEC_MARKERS } section;
static const char *const section_names[] = {"", "countries", "actors", "agents", "verbs", "cameo", "stop", "markers"};
static const char *const marker_kinds[HD_MARK_KIND_COUNT] = {
  "addressee", "victim", "agent", "denial", "foiled", "side", "holder", "cbrn", "bombing", "unconventional", "mishap", "toll", "incident", "weapon", "strike", "clash", "protest", "aerial", "link", "answer", "support", "relative", "complement", "opens", "condition",
  "report", "participle", "title", "disapprove", "approve", "threaten", "demand", "appeal", "reject", "intend", "deny", "adverse", "planned", "hypothetical", "called-for", "threatened", "alleged", "background", "standing"};

typedef struct loader {
  hd_dict *d;
  const char *file;
  uint16_t file_index;
  size_t line;
  section sec;
  int insert;          /* 0: check only; 1: insert */
  hd_map pending;      /* event codes the file defines, seen by the check pass */
  hd_norm scratch;     /* folding of one field */
  char *err;
  size_t errlen;
} loader;

static hd_status fail(loader *ld, const char *fmt, ...) {
  if (ld->err && ld->errlen) {
    int k = snprintf(ld->err, ld->errlen, "%s:%zu: ", ld->file, ld->line);
    va_list ap;
    va_start(ap, fmt);
    if (k >= 0 && (size_t)k < ld->errlen) vsnprintf(ld->err + k, ld->errlen - (size_t)k, fmt, ap);
    va_end(ap);
  }
  return HD_ERR_DICT;
}

typedef struct field { const char *s; size_t n; } field;

/* Splits LINE into white-space separated fields. */
static size_t split_fields(const char *line, size_t n, field *f, size_t max) {
  size_t k = 0, i = 0;
  while (i < n && k < max) {
    while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i >= n) break;
    size_t j = i;
    while (j < n && line[j] != ' ' && line[j] != '\t') j++;
    f[k].s = line + i; f[k].n = j - i; k++;
    i = j;
  }
  return k;
}

static int is_upper_code(const char *s, size_t n) {
  if (n == 0 || n % 3 != 0 || n >= HD_CODE_MAX) return 0;
  for (size_t i = 0; i < n; i++)
    if (!(s[i] >= 'A' && s[i] <= 'Z')) return 0;
  return 1;
}

static int field_is(field f, const char *s) { return f.n == strlen(s) && memcmp(f.s, s, f.n) == 0; }

/* Folds a phrase (fields F[0..N)) into word ids; returns the word count or
** -1 with an error.  With INSERT 0, words are only checked. */
static int fold_phrase(loader *ld, const field *f, size_t n, uint32_t *ids, const char *what) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) {
    if (f[i].n > HD_WORD_MAX * 4) { fail(ld, "%s word too long: %.*s", what, (int)f[i].n, f[i].s); return -1; }
    if (hd_normalize(&ld->scratch, f[i].s, f[i].n) != 0) { fail(ld, "out of memory"); return -1; }
    const char *folded = ld->scratch.text;
    size_t len = ld->scratch.len;
    hd_origin origin = {f[i].s, ld->scratch.map};
    size_t pos = 0, a, b;
    int kind;
    while ((kind = hd_next_token(folded, len, pos, &a, &b)) >= 0) {
      pos = b;
      if (kind == HD_TOK_PUNCT) continue;   /* "أبو-ظبي" reads as two words */
      if (count == HD_PHRASE_WORDS) { fail(ld, "%s has more than %d words", what, HD_PHRASE_WORDS); return -1; }
      size_t s = a + hd_strip_article(folded + a, b - a, &origin, a);
      if (b - s > HD_WORD_MAX) { fail(ld, "%s word too long: %.*s", what, (int)f[i].n, f[i].s); return -1; }
      ids[count++] = ld->insert ? intern(ld->d, folded + s, b - s) : 1;
      if (ld->insert && ids[count - 1] == HD_NO_WORD) { fail(ld, "out of memory"); return -1; }
    }
  }
  if (count == 0) { fail(ld, "%s has no words", what); return -1; }
  return (int)count;
}

static hd_status add_entry(loader *ld, const uint32_t *ids, size_t n, const hd_entry *proto) {
  hd_dict *d = ld->d;
  if (d->nnodes == 0 || d->nentries == 0) {   /* node 0 is the root; entry 0 means "none" */
    if (grow((void **)&d->node_first, &d->node_cap, 1, sizeof *d->node_first) != 0 ||
        grow((void **)&d->entries, &d->entry_cap, 1, sizeof *d->entries) != 0)
      return fail(ld, "out of memory");
    if (d->nnodes == 0) d->node_first[0] = 0;
    d->nnodes = d->nnodes ? d->nnodes : 1;
    d->nentries = d->nentries ? d->nentries : 1;
  }
  uint32_t node = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t child = hd_dict_child(d, node, ids[i]);
    if (!child) {
      if (grow((void **)&d->node_first, &d->node_cap, d->nnodes + 1, sizeof *d->node_first) != 0)
        return fail(ld, "out of memory");
      child = (uint32_t)d->nnodes++;
      d->node_first[child] = 0;
      if (map_put(&d->trie, (uint64_t)node << 32 | ids[i], child) != 0 ||
          (node == 0 && word_map_put(&d->root_child, ids[i], child) != 0))
        return fail(ld, "out of memory");
      if (node == 0) d->word_role[ids[i]] |= HD_WORD_STARTS;
    }
    node = child;
  }
  for (const hd_entry *e = hd_dict_first_entry(d, node); e; e = hd_dict_next_entry(d, e))
    if (e->kind == proto->kind && strcmp(e->code, proto->code) == 0 && e->from == proto->from &&
        e->to == proto->to && e->flags == proto->flags)
      return HD_OK;   /* the same entry from another file */
  if (grow((void **)&d->entries, &d->entry_cap, d->nentries + 1, sizeof *d->entries) != 0)
    return fail(ld, "out of memory");
  hd_entry *e = &d->entries[d->nentries];
  *e = *proto;
  e->nwords = (uint8_t)n;
  e->file = ld->file_index;
  e->line = (uint32_t)ld->line;
  e->next = d->node_first[node];
  d->node_first[node] = (uint32_t)d->nentries++;
  d->kind_count[proto->kind]++;
  return HD_OK;
}

/* Adds PHRASE, and when DERIVE names suffixes, the forms of its last word
** with each of them (a final heh, from teh marbuta, turns to teh first). */
static int ends_with_yeh(const char *w);

/* Adds the entry PROTO for the phrase IDS (N words), when WITH_BASE, and
** for each of its forms made by the endings DERIVE on its last word, and
** on each earlier word in ي, since a nisba of two words agrees in both
** ("كوري شمالي": "الكورية الشمالية"). */
static hd_status add_forms(loader *ld, uint32_t *ids, size_t n, const hd_entry *proto,
                           const char *const *derive, int with_base) {
  hd_status st = with_base ? add_entry(ld, ids, n, proto) : HD_OK;
  if (st != HD_OK || !derive) return st;
  hd_entry derived = *proto;
  derived.flags |= HD_DERIVED;
  proto = &derived;
  /* copy the words: interning new forms may move the pool */
  char words[HD_PHRASE_WORDS][HD_WORD_MAX + 1];
  size_t lens[HD_PHRASE_WORDS];
  uint32_t base[HD_PHRASE_WORDS];
  int takes[HD_PHRASE_WORDS];
  for (size_t k = 0; k < n; k++) {
    const char *t = hd_dict_word_text(ld->d, ids[k]);
    lens[k] = strlen(t);
    if (lens[k] > HD_WORD_MAX) return HD_OK;
    memcpy(words[k], t, lens[k] + 1);
    base[k] = ids[k];
    takes[k] = k == n - 1 || ends_with_yeh(words[k]);
  }
  for (size_t i = 0; derive[i] && st == HD_OK; i++) {
    size_t sl = strlen(derive[i]);
    int too_long = 0;   /* (a form too long to be a word: none) */
    for (size_t k = 0; k < n && st == HD_OK && !too_long; k++) {
      if (!takes[k]) continue;
      char buf[HD_WORD_MAX + 16];
      size_t m = lens[k];
      memcpy(buf, words[k], m);
      if (m >= 2 && memcmp(buf + m - 2, "\xd9\x87", 2) == 0) memcpy(buf + m - 2, "\xd8\xaa", 2);
      too_long = m + sl > HD_WORD_MAX;
      if (too_long) break;
      memcpy(buf + m, derive[i], sl);
      ids[k] = intern(ld->d, buf, m + sl);
      if (ids[k] == HD_NO_WORD) st = fail(ld, "out of memory");
    }
    if (st == HD_OK && !too_long) st = add_entry(ld, ids, n, proto);
    for (size_t k = 0; k < n; k++) ids[k] = base[k];
  }
  return st;
}

/* feminine and dual forms of a nisba adjective in ي, then its sound plurals,
** which also name the people (الإسرائيليون) */
static const char *const adj_forms[] = {
  "\xd9\x87", "\xd8\xa7\xd9\x86", "\xd8\xaa\xd8\xa7\xd9\x86", "\xd8\xaa\xd9\x8a\xd9\x86", NULL};
static const char *const adj_people_forms[] = {"\xd9\x8a\xd9\x86", "\xd9\x88\xd9\x86", NULL};
/* duals of a one-word role: ان ين ا ي */
static const char *const dual_forms[] = {
  "\xd8\xa7\xd9\x86", "\xd9\x8a\xd9\x86", "\xd8\xa7", "\xd9\x8a", NULL};
/* verb endings accepted on pattern words */
static const char *const verb_forms[] = {
  "\xd8\xa7", "\xd9\x88\xd8\xa7", "\xd8\xaa", "\xd8\xaa\xd8\xa7", "\xd8\xa7\xd9\x86",
  "\xd9\x88\xd9\x86", "\xd9\x8a\xd9\x86", "\xd8\xaa\xd8\xa7\xd9\x86", NULL};

static int ends_with_yeh(const char *w) {
  size_t n = strlen(w);
  return n >= 2 && memcmp(w + n - 2, "\xd9\x8a", 2) == 0;
}

static int parse_range(loader *ld, field f, hd_entry *e) {
  char buf[32];
  if (f.n < 3 || f.n >= sizeof buf) return -1;
  memcpy(buf, f.s + 1, f.n - 1);
  buf[f.n - 1] = 0;
  char *dots = strstr(buf, "..");
  if (!dots) return -1;
  *dots = 0;
  const char *to = dots + 2;
  e->from = *buf ? hd_day_parse_iso(buf) : HD_NO_DAY;
  e->to = *to ? hd_day_parse_iso(to) : HD_NO_DAY;
  if ((*buf && (e->from == HD_NO_DAY || strlen(buf) != 10)) || (*to && (e->to == HD_NO_DAY || strlen(to) != 10)))
    return -1;
  if (!*buf && !*to) return -1;
  if (e->from != HD_NO_DAY && e->to != HD_NO_DAY && e->to < e->from) return -1;
  return 0;
}

/* Splits trailing @attributes off F[0..*N). */
static size_t split_attrs(field *f, size_t *n) {
  size_t k = *n;
  while (k > 0 && f[k - 1].n > 0 && f[k - 1].s[0] == '@') k--;
  size_t nattr = *n - k;
  *n = k;
  return nattr;
}

/* A number in decimal degrees from -LIMIT to LIMIT, in 1e-5 degree. */
static int parse_degrees(const char *s, size_t n, double limit, int32_t *out) {
  char buf[32];
  if (n == 0 || n >= sizeof buf) return -1;
  memcpy(buf, s, n);
  buf[n] = 0;
  for (size_t i = 0; i < n; i++)
    if (!(isdigit((unsigned char)buf[i]) || buf[i] == '.' || (i == 0 && buf[i] == '-'))) return -1;
  char *end;
  errno = 0;
  double v = strtod(buf, &end);
  if (*end || errno || v < -limit || v > limit) return -1;
  *out = (int32_t)(v * HD_GEO_UNIT + (v < 0 ? -0.5 : 0.5));
  return 0;
}

/* @geo=LATITUDE,LONGITUDE in decimal degrees. */
static int parse_geo(field f, hd_entry *e) {
  if (f.n < 8 || memcmp(f.s, "@geo=", 5) != 0) return -1;
  const char *v = f.s + 5, *comma = memchr(v, ',', f.n - 5);
  if (!comma) return -1;
  return parse_degrees(v, (size_t)(comma - v), 90, &e->lat) != 0 ||
         parse_degrees(comma + 1, (size_t)(f.s + f.n - comma - 1), 180, &e->lon) != 0 ? -1 : 0;
}

/* @in=YEM or @in=SYR,IRQ: up to four three-letter country codes, kept
** run together ("SYRIRQ"). */
static int parse_in(field f, hd_entry *e) {
  size_t k = 0;
  for (size_t i = 4; i < f.n; i += 4) {
    if (i + 3 > f.n || k + 3 >= sizeof e->in) return -1;
    for (size_t j = 0; j < 3; j++) if (f.s[i + j] < 'A' || f.s[i + j] > 'Z') return -1;
    if (i + 3 < f.n && f.s[i + 3] != ',') return -1;
    memcpy(e->in + k, f.s + i, 3);
    k += 3;
  }
  e->in[k] = 0;
  return k ? 0 : -1;
}

static hd_status parse_country(loader *ld, field *f, size_t n) {
  static const char *const kinds[] = {"name", "adj", "capital", "place"};
  static const uint8_t kind_of[] = {HD_ENT_NAME, HD_ENT_ADJ, HD_ENT_CAPITAL, HD_ENT_PLACE};
  size_t nattr = split_attrs(f, &n);
  if (n < 3) return fail(ld, "expected: CODE KIND phrase [@geo=LAT,LON] [@in=CODE,...] (KIND is name, adj, capital or place)");
  if (f[0].n != 3 || !is_upper_code(f[0].s, 3))
    return fail(ld, "country code must be three capital letters, not '%.*s'", (int)f[0].n, f[0].s);
  size_t kind = HD_ARRAY_LEN(kinds);
  for (size_t i = 0; i < HD_ARRAY_LEN(kinds); i++) if (field_is(f[1], kinds[i])) kind = i;
  if (kind == HD_ARRAY_LEN(kinds))
    return fail(ld, "unknown kind '%.*s': use name, adj, capital or place", (int)f[1].n, f[1].s);
  hd_entry e = {.kind = kind_of[kind], .from = HD_NO_DAY, .to = HD_NO_DAY, .lat = HD_NO_GEO, .lon = HD_NO_GEO};
  for (size_t i = 0; i < nattr; i++) {
    field a = f[n + i];
    if (a.n > 4 && !memcmp(a.s, "@in=", 4)) {
      if (parse_in(a, &e) != 0)
        return fail(ld, "bad attribute '%.*s': expected @in= and one to four country codes joined by commas (@in=SYR,IRQ)",
                    (int)a.n, a.s);
      continue;
    }
    if (a.n < 5 || memcmp(a.s, "@geo=", 5) != 0)
      return fail(ld, "unknown attribute '%.*s' (countries take @geo=LATITUDE,LONGITUDE and @in=CODE,...)", (int)a.n, a.s);
    if (e.kind == HD_ENT_ADJ) return fail(ld, "@geo= is for name, capital and place lines, not adj");
    if (e.lat != HD_NO_GEO) return fail(ld, "@geo= given twice");
    if (parse_geo(a, &e) != 0)
      return fail(ld, "bad attribute '%.*s': expected @geo=LATITUDE,LONGITUDE in decimal degrees, latitude from -90 "
                  "to 90, longitude from -180 to 180 (@geo=33.31526,44.36606)", (int)a.n, a.s);
  }
  uint32_t ids[HD_PHRASE_WORDS];
  int w = fold_phrase(ld, f + 2, n - 2, ids, "phrase");
  if (w < 0) return HD_ERR_DICT;
  if (!ld->insert) return HD_OK;
  memcpy(e.code, f[0].s, 3);
  /* "الخليل" is Hebron, but "علي حسن خليل" a name and "فرقة" no "الرقة"
  ** with ف; "الرياض" is Riyadh, "رياض" a name: a name of one word written
  ** with the article (ال as written, not the أل of "ألمانيا") is read only
  ** with it */
  if (w == 1 && e.kind != HD_ENT_ADJ && f[2].n > 4 && !memcmp(f[2].s, "\xd8\xa7\xd9\x84", 4)) e.flags |= HD_DEFINITE;   /* ال */
  if (e.kind != HD_ENT_ADJ) return add_entry(ld, ids, (size_t)w, &e);
  /* an adjective not in ي is a broken plural: الروس، الأتراك */
  if (!ends_with_yeh(hd_dict_word_text(ld->d, ids[w - 1]))) {
    e.flags |= HD_ADJ_PEOPLE;
    return add_entry(ld, ids, (size_t)w, &e);
  }
  hd_status st = add_forms(ld, ids, (size_t)w, &e, adj_forms, 1);
  e.flags |= HD_ADJ_PEOPLE;
  return st != HD_OK ? st : add_forms(ld, ids, (size_t)w, &e, adj_people_forms, 0);
}

/* Is the first word of field F written with the article, alone or after
** و، ف، ب or ك ("وال"، "بال"), or after ل ("لل")? */
static int written_with_article(loader *ld, field f) {
  static const char prefixes[] = "\xd9\x88\xd9\x81\xd8\xa8\xd9\x83";   /* و ف ب ك */
  if (hd_normalize(&ld->scratch, f.s, f.n) != 0) return 1;
  const char *w = ld->scratch.text;
  size_t n = ld->scratch.len;
  if (n >= 4 && (!memcmp(w, "\xd8\xa7\xd9\x84", 4) || !memcmp(w, "\xd9\x84\xd9\x84", 4))) return 1;
  for (size_t k = 0; k + 1 < sizeof prefixes && n >= 6; k += 2)
    if (!memcmp(w, prefixes + k, 2) && !memcmp(w + 2, "\xd8\xa7\xd9\x84", 4)) return 1;
  return 0;
}

static hd_status parse_actor(loader *ld, field *f, size_t n) {
  size_t nattr = split_attrs(f, &n);
  if (n < 2) return fail(ld, "expected: CODE phrase [@FROM..TO] [@in=CODE,...] [@definite]");
  if (!is_upper_code(f[0].s, f[0].n))
    return fail(ld, "actor code must be groups of three capital letters, not '%.*s'", (int)f[0].n, f[0].s);
  hd_entry e = {.kind = HD_ENT_ACTOR, .from = HD_NO_DAY, .to = HD_NO_DAY};
  int ranges = 0;
  for (size_t i = 0; i < nattr; i++) {
    if (field_is(f[n + i], "@definite")) {
      e.flags |= HD_DEFINITE;
      continue;
    }
    if (f[n + i].n > 4 && !memcmp(f[n + i].s, "@in=", 4)) {
      if (parse_in(f[n + i], &e) != 0)
        return fail(ld, "bad attribute '%.*s': expected @in= and one to four country codes joined by commas (@in=SYR,IRQ)",
                    (int)f[n + i].n, f[n + i].s);
      continue;
    }
    if (parse_range(ld, f[n + i], &e) != 0)
      return fail(ld, "bad attribute '%.*s': expected @YYYY-MM-DD..YYYY-MM-DD (either end may be empty), @in=CODE or @definite",
                  (int)f[n + i].n, f[n + i].s);
    ranges++;
  }
  if (ranges > 1) return fail(ld, "one date range per line: write one line per office");
  uint32_t ids[HD_PHRASE_WORDS];
  int w = fold_phrase(ld, f + 1, n - 1, ids, "phrase");
  if (w < 0) return HD_ERR_DICT;
  if (!ld->insert) return HD_OK;
  /* "حماس" is not "الحماس" (enthusiasm), nor "مودي" "المؤدي" (leading):
  ** a name of one word written without the article is read only without
  ** it (a name of more, "حلف الأطلسي"، "تحالف دعم الشرعية", is a body's,
  ** which the text may give the article) */
  if (w == 1 && !written_with_article(ld, f[1])) e.flags |= HD_BARE;
  memcpy(e.code, f[0].s, f[0].n);
  return add_entry(ld, ids, (size_t)w, &e);
}

static int is_event_code(const char *s, size_t n) {
  if (n < 2 || n > 4) return 0;
  for (size_t i = 0; i < n; i++) if (!isdigit((unsigned char)s[i])) return 0;
  return 1;
}

/* [markers] KIND phrase: a word or a short phrase that says where a
** participant stands (the victims after "مقتل"). */
static hd_status parse_marker(loader *ld, field *f, size_t n) {
  if (n < 2) return fail(ld, "expected: KIND phrase");
  int kind = -1;
  for (int k = 0; k < HD_MARK_KIND_COUNT; k++)
    if (field_is(f[0], marker_kinds[k])) kind = k;
  if (kind < 0) {
    /* (every kind, from the table the loader reads them by) */
    char kinds[512];
    size_t at = 0;
    for (int k = 0; k < HD_MARK_KIND_COUNT && at < sizeof kinds; k++) {
      int w = snprintf(kinds + at, sizeof kinds - at, "%s%s", k == 0 ? "" : k == HD_MARK_KIND_COUNT - 1 ? " or " : ", ",
                       marker_kinds[k]);
      if (w < 0) break;
      at += (size_t)w;
    }
    return fail(ld, "unknown marker kind '%.*s': use %s", (int)f[0].n, f[0].s, kinds);
  }
  uint32_t ids[HD_PHRASE_WORDS];
  int w = fold_phrase(ld, f + 1, n - 1, ids, "phrase");
  if (w < 0) return HD_ERR_DICT;
  if (!ld->insert) return HD_OK;
  hd_dict *d = ld->d;
  if (grow((void **)&d->markers, &d->marker_cap, d->nmarkers + 1, sizeof *d->markers) != 0)
    return fail(ld, "out of memory");
  hd_marker *m = &d->markers[d->nmarkers];
  memset(m, 0, sizeof *m);
  m->kind = (uint8_t)kind;
  m->nwords = (uint8_t)w;
  m->file = ld->file_index;
  m->line = (uint32_t)ld->line;
  memcpy(m->word, ids, (size_t)w * sizeof *ids);
  m->next = word_map_get(&d->marker_index, ids[0]);
  if (word_map_put(&d->marker_index, ids[0], (uint32_t)++d->nmarkers) != 0) return fail(ld, "out of memory");
  d->word_role[ids[0]] |= HD_WORD_MARKS;
  if (kind == HD_MARK_REPORT) d->word_role[ids[0]] |= HD_WORD_VERB;
  return HD_OK;
}

const hd_marker *hd_dict_first_marker(const hd_dict *d, uint32_t word) {
  if (word >= d->nwords || !(d->word_role[word] & HD_WORD_MARKS)) return NULL;
  uint32_t i = word_map_get(&d->marker_index, word);
  return i ? &d->markers[i - 1] : NULL;
}

const hd_marker *hd_dict_next_marker(const hd_dict *d, const hd_marker *m) {
  return m->next ? &d->markers[m->next - 1] : NULL;
}

/* [stop] LABEL phrase: a sentence holding the phrase codes no event. */
static hd_status parse_stop(loader *ld, field *f, size_t n) {
  if (n < 2) return fail(ld, "expected: LABEL phrase");
  for (size_t i = 0; i < f[0].n; i++)
    if (!(f[0].s[i] >= 'a' && f[0].s[i] <= 'z') || f[0].n >= HD_CODE_MAX)
      return fail(ld, "a stop label is a short lowercase word such as sport, not '%.*s'", (int)f[0].n, f[0].s);
  uint32_t ids[HD_PHRASE_WORDS];
  int w = fold_phrase(ld, f + 1, n - 1, ids, "phrase");
  if (w < 0) return HD_ERR_DICT;
  if (!ld->insert) return HD_OK;
  hd_entry e = {.kind = HD_ENT_STOP, .from = HD_NO_DAY, .to = HD_NO_DAY};
  memcpy(e.code, f[0].s, f[0].n);
  return add_entry(ld, ids, (size_t)w, &e);
}

static hd_status parse_agent(loader *ld, field *f, size_t n) {
  size_t nattr = split_attrs(f, &n);
  if (n < 2) return fail(ld, "expected: CODE phrase [@alone] [@body] [@posted] [@portfolio] [@group] [@event=CODE]");
  hd_entry e = {.kind = HD_ENT_AGENT, .from = HD_NO_DAY, .to = HD_NO_DAY};
  if (field_is(f[0], "-")) e.flags |= HD_AGENT_SELF;
  else if (field_is(f[0], "PARTIES")) e.flags |= HD_AGENT_PARTIES;
  else if (field_is(f[0], "NAMED")) e.flags |= HD_AGENT_NAMED;
  else if (field_is(f[0], "NONE")) e.flags |= HD_AGENT_NONE;
  else if (!is_upper_code(f[0].s, f[0].n))
    return fail(ld, "agent code must be groups of three capital letters, '-', PARTIES, NAMED or NONE, not '%.*s'",
                (int)f[0].n, f[0].s);
  else memcpy(e.code, f[0].s, f[0].n);
  for (size_t i = 0; i < nattr; i++) {
    if (field_is(f[n + i], "@alone")) e.flags |= HD_AGENT_ALONE;
    else if (field_is(f[n + i], "@body")) e.flags |= HD_AGENT_BODY;
    else if (field_is(f[n + i], "@posted")) e.flags |= HD_AGENT_POSTED;
    else if (field_is(f[n + i], "@portfolio")) e.flags |= HD_AGENT_PORTFOLIO;
    else if (field_is(f[n + i], "@group")) e.flags |= HD_AGENT_GROUP;
    else if (field_is(f[n + i], "@head")) e.flags |= HD_AGENT_HEAD;
    else if (field_is(f[n + i], "@post")) e.flags |= HD_AGENT_POST;
    else if (f[n + i].n > 7 && f[n + i].n < 7 + sizeof e.implies && !memcmp(f[n + i].s, "@event=", 7)) {
      memcpy(e.implies, f[n + i].s + 7, f[n + i].n - 7);
      if (!is_event_code(e.implies, strlen(e.implies)) || !hd_dict_cameo(ld->d, e.implies))
        return fail(ld, "bad attribute '%.*s': @event= takes a code of the [cameo] table", (int)f[n + i].n, f[n + i].s);
    } else
      return fail(ld, "unknown attribute '%.*s' (agents take @alone, @body, @posted, @portfolio, @group, @head, @post and @event=CODE)", (int)f[n + i].n, f[n + i].s);
  }
  uint32_t ids[HD_PHRASE_WORDS];
  int w = fold_phrase(ld, f + 1, n - 1, ids, "phrase");
  if (w < 0) return HD_ERR_DICT;
  if (!ld->insert) return HD_OK;
  return add_forms(ld, ids, (size_t)w, &e, w == 1 && !(e.flags & (HD_AGENT_PARTIES | HD_AGENT_NAMED | HD_AGENT_NONE)) ? dual_forms : NULL, 1);
}

static hd_status push_alt(loader *ld, const char *w, size_t n) {
  hd_dict *d = ld->d;
  uint32_t id = intern(d, w, n);
  if (id == HD_NO_WORD || grow((void **)&d->alts, &d->alts_cap, d->nalts + 1, sizeof *d->alts) != 0)
    return fail(ld, "out of memory");
  d->alts[d->nalts++] = id;
  d->word_role[id] |= HD_WORD_PATTERN;
  return HD_OK;
}

/* Interns the word W of N bytes and, with FORMS, its verb forms (بحث:
** بحثا بحثوا بحثت ...). */
static hd_status push_with_forms(loader *ld, const char *w, size_t n, int forms) {
  if (push_alt(ld, w, n) != HD_OK) return HD_ERR_DICT;
  for (size_t i = 0; forms && verb_forms[i]; i++) {
    char buf[HD_WORD_MAX + 16];
    size_t sl = strlen(verb_forms[i]);
    if (n + sl > HD_WORD_MAX) continue;
    memcpy(buf, w, n);
    memcpy(buf + n, verb_forms[i], sl);
    if (push_alt(ld, buf, n + sl) != HD_OK) return HD_ERR_DICT;
  }
  return HD_OK;
}

/* Interns one alternative of a pattern word; an anchor also gets its verb
** forms. */
static hd_status add_alternative(loader *ld, const char *w, size_t n, const hd_origin *o, int anchor) {
  size_t s = hd_strip_article(w, n, o, 0);
  /* "التقى", "التزم": a verb whose stem begins with ال is also kept whole,
  ** so that it is not read as a noun with its article, and so are its
  ** forms ("التقيا") and a dual or plural listed of it ("التقوا") */
  if (anchor && s == 4 && !memcmp(w + 4, "\xd8\xaa", 2) && (n == 10 || (n == 12 && !memcmp(w + n - 2, "\xd8\xa7", 2))) &&
      push_with_forms(ld, w, n, n == 10) != HD_OK)
    return HD_ERR_DICT;
  return push_with_forms(ld, w + s, n - s, anchor);
}

static hd_status parse_pattern_word(loader *ld, field f, hd_pat_elem *el, int anchor) {
  el->kind = HD_PAT_WORD;
  el->alts = (uint32_t)ld->d->nalts;
  size_t i = 0, nalts = 0;
  while (i <= f.n) {
    size_t j = i;
    while (j < f.n && f.s[j] != '|') j++;
    if (j - i > HD_WORD_MAX * 4 || hd_normalize(&ld->scratch, f.s + i, j - i) != 0)
      return fail(ld, "'%.*s' is too long", (int)(j - i), f.s + i);
    const char *folded = ld->scratch.text;
    size_t len = ld->scratch.len, a, b;
    hd_origin origin = {f.s + i, ld->scratch.map};
    if (len == 0 || hd_next_token(folded, len, 0, &a, &b) != HD_TOK_WORD || a != 0 || b != len || b > HD_WORD_MAX)
      return fail(ld, "'%.*s' is not one word (alternatives are joined by '|' without spaces)",
                  (int)(j - i), f.s + i);
    if (++nalts > HD_ALTS_MAX) return fail(ld, "more than %d alternatives in one word", HD_ALTS_MAX);
    if (ld->insert && add_alternative(ld, folded, b, &origin, anchor) != HD_OK) return HD_ERR_DICT;
    i = j + 1;
  }
  el->nalts = (uint16_t)(ld->d->nalts - el->alts);
  el->sig = 0;
  for (size_t k = 0; k < el->nalts; k++) el->sig |= hd_pat_sig_bit(ld->d->alts[el->alts + k]);
  return HD_OK;
}

int hd_pat_elem_has(const hd_dict *d, const hd_pat_elem *el, uint32_t word) {
  /* most words asked are none of the element's: its signature, read with
  ** it, says so without reading the alternatives elsewhere in memory */
  if (!(el->sig & hd_pat_sig_bit(word))) return 0;
  for (size_t i = 0; i < el->nalts; i++)
    if (d->alts[el->alts + i] == word) return 1;
  return 0;
}

/* An anchor listed twice (بحث and a form derived from another word) gets
** one link only. */
static int hd_pat_elem_has_before(const hd_dict *d, const hd_pat_elem *el, size_t k, uint32_t word) {
  for (size_t i = 0; i < k; i++)
    if (d->alts[el->alts + i] == word) return 1;
  return 0;
}

/* Does the folded word W have the shape of a noun rather than a verb: a
** teh marbuta (إصابة), a م of a participle or place (مقتل), a plural in
** ات (غارات), or an alef before its last letter (إطلاق، انفجار،
** اغتيال)?  Verbs and verbal nouns share patterns; only verbs open
** clauses after و. */
static int looks_like_noun(const char *w) {
  size_t n = strlen(w), letters = 0;
  for (size_t i = 0; i < n; i++) letters += ((unsigned char)w[i] & 0xC0) != 0x80;
  if (n >= 2 && !memcmp(w + n - 2, "\xd9\x87", 2)) return 1;                     /* ـه: ة */
  if (!memcmp(w, "\xd9\x85", 2)) return 1;                                        /* مـ */
  if (n >= 4 && !memcmp(w + n - 4, "\xd8\xa7\xd8\xaa", 4)) return 1;           /* ـات */
  return letters >= 5 && n >= 4 && !memcmp(w + n - 4, "\xd8\xa7", 2);            /* ـاـ */
}

/* Is CODE in the [cameo] table, or defined by the file being loaded? */
static int event_code_known(loader *ld, const char *code) {
  return hd_dict_cameo(ld->d, code) || map_get(&ld->pending, pack_code(code));
}

static hd_status parse_verb(loader *ld, field *f, size_t n) {
  size_t nattr = split_attrs(f, &n);
  if (n < 2) return fail(ld, "expected: CODE pattern [@sym] [@passive] [@victim] [@undergo] [@doer] [@official] [@subject_after] [@none] [@source=CODE] [@target=CODE] [@said=CODE]");
  if (!is_event_code(f[0].s, f[0].n))
    return fail(ld, "event code must be 2 to 4 digits, not '%.*s'", (int)f[0].n, f[0].s);
  hd_pattern p;
  memset(&p, 0, sizeof p);
  memcpy(p.code, f[0].s, f[0].n);
  if (!event_code_known(ld, p.code))
    return fail(ld, "event code %s is not in the [cameo] table (load the table first)", p.code);
  for (size_t i = 0; i < nattr; i++) {
    if (field_is(f[n + i], "@sym")) p.flags |= HD_PAT_SYM;
    else if (field_is(f[n + i], "@passive")) p.flags |= HD_PAT_PASSIVE;
    else if (field_is(f[n + i], "@victim")) p.flags |= HD_PAT_VICTIM;
    else if (field_is(f[n + i], "@undergo")) p.flags |= HD_PAT_UNDERGO;
    else if (field_is(f[n + i], "@doer")) p.flags |= HD_PAT_DOER;
    else if (field_is(f[n + i], "@none")) p.flags |= HD_PAT_NONE;
    else if (field_is(f[n + i], "@official")) p.flags |= HD_PAT_OFFICIAL;
    else if (field_is(f[n + i], "@subject_after")) p.flags |= HD_PAT_SUBJECT_AFTER;
    else if (f[n + i].n > 8 && (!memcmp(f[n + i].s, "@source=", 8) || !memcmp(f[n + i].s, "@target=", 8))) {
      if (!is_upper_code(f[n + i].s + 8, f[n + i].n - 8))
        return fail(ld, "bad attribute '%.*s': it takes an actor code", (int)f[n + i].n, f[n + i].s);
      memcpy(f[n + i].s[1] == 's' ? p.default_source : p.default_target, f[n + i].s + 8, f[n + i].n - 8);
    } else if (f[n + i].n > 6 && !memcmp(f[n + i].s, "@said=", 6)) {
      const char *code = f[n + i].s + 6;
      size_t len = f[n + i].n - 6;
      if (!is_event_code(code, len))
        return fail(ld, "bad attribute '%.*s': it takes an event code", (int)f[n + i].n, f[n + i].s);
      memcpy(p.said, code, len);
      if (!event_code_known(ld, p.said))
        return fail(ld, "event code %s is not in the [cameo] table (load the table first)", p.said);
    } else
      return fail(ld, "unknown attribute '%.*s' (verbs take @sym, @passive, @victim, @undergo, @doer, @official, @subject_after, @none, @source=CODE, @target=CODE and "
                  "@said=CODE)", (int)f[n + i].n, f[n + i].s);
  }
  if (n - 1 > HD_PHRASE_WORDS) return fail(ld, "pattern has more than %d elements", HD_PHRASE_WORDS);
  int has_source = 0, has_target = 0;
  for (size_t i = 1; i < n; i++) {
    hd_pat_elem *el = &p.elem[p.nelem++];
    if (field_is(f[i], "$") || field_is(f[i], "+")) {
      int src = f[i].s[0] == '$';
      if (i == 1) return fail(ld, "a pattern starts with its anchor word, not a slot");
      if (src ? has_source++ : has_target++) return fail(ld, "slot '%c' appears twice", f[i].s[0]);
      el->kind = src ? HD_PAT_SOURCE : HD_PAT_TARGET;
      continue;
    }
    if (parse_pattern_word(ld, f[i], el, i == 1) != HD_OK) return HD_ERR_DICT;
    p.nwords++;
  }
  if (p.nelem > 0 && p.elem[0].kind != HD_PAT_WORD) return fail(ld, "a pattern starts with its anchor word, not a slot");
  if (!ld->insert) return HD_OK;
  hd_dict *d = ld->d;
  p.file = ld->file_index;
  p.line = (uint32_t)ld->line;
  if (grow((void **)&d->patterns, &d->pattern_cap, d->npatterns + 1, sizeof *d->patterns) != 0)
    return fail(ld, "out of memory");
  d->patterns[d->npatterns] = p;
  /* an anchor listed with imperfect forms (يبحث، تبحث) is a verb; one
  ** without them is most often a verbal noun (مقتل، هجوم) */
  int verb = 0;
  for (size_t k = 0; k < p.elem[0].nalts && !verb; k++) {
    const char *w = hd_dict_word_text(d, d->alts[p.elem[0].alts + k]);
    verb = !memcmp(w, "\xd9\x8a", 2) && strlen(w) >= 6;   /* ي and two more letters */
  }
  for (size_t k = 0; k < p.elem[0].nalts; k++) {
    uint32_t w = d->alts[p.elem[0].alts + k];
    if (hd_pat_elem_has_before(d, &p.elem[0], k, w)) continue;
    if (grow((void **)&d->link_pattern, &d->link_cap, d->nlinks + 1, sizeof *d->link_pattern) != 0)
      return fail(ld, "out of memory");
    if (grow((void **)&d->link_next, &d->link_next_cap, d->nlinks + 1, sizeof *d->link_next) != 0)
      return fail(ld, "out of memory");
    d->link_pattern[d->nlinks] = (uint32_t)d->npatterns;
    d->link_next[d->nlinks] = word_map_get(&d->anchors, w);
    if (word_map_put(&d->anchors, w, (uint32_t)++d->nlinks) != 0) return fail(ld, "out of memory");
    d->word_role[w] |= HD_WORD_ANCHORS | (verb && !looks_like_noun(hd_dict_word_text(d, w)) ? HD_WORD_VERB : 0);
  }
  d->npatterns++;
  return HD_OK;
}

static hd_status parse_cameo(loader *ld, field *f, size_t n, uint32_t name, const field *attrs, size_t nattr) {
  if (n < 5) return fail(ld, "expected: CODE GOLDSTEIN PLOVER MODE name [@context=A,B]");
  char context[sizeof ((hd_cameo *)0)->context] = "";
  for (size_t i = 0; i < nattr; i++) {
    field a = attrs[i];
    if (a.n <= 9 || memcmp(a.s, "@context=", 9) != 0)
      return fail(ld, "unknown attribute '%.*s' (the [cameo] table takes @context=A,B)", (int)a.n, a.s);
    if (a.n - 9 >= sizeof context || context[0]) return fail(ld, "bad attribute '%.*s'", (int)a.n, a.s);
    for (size_t k = 9; k < a.n; k++)
      if (!(islower((unsigned char)a.s[k]) || a.s[k] == '_' || a.s[k] == ','))
        return fail(ld, "bad attribute '%.*s': contexts are lowercase words joined by ','", (int)a.n, a.s);
    memcpy(context, a.s + 9, a.n - 9);
    context[a.n - 9] = 0;
  }
  if (!is_event_code(f[0].s, f[0].n))
    return fail(ld, "event code must be 2 to 4 digits, not '%.*s'", (int)f[0].n, f[0].s);
  char num[32];
  if (f[1].n >= sizeof num) return fail(ld, "bad Goldstein value");
  memcpy(num, f[1].s, f[1].n);
  num[f[1].n] = 0;
  char *end;
  errno = 0;
  double g = strtod(num, &end);
  if (*end || errno || g < -10 || g > 10)
    return fail(ld, "Goldstein value must be a number from -10 to 10, not '%s'", num);
  if (f[2].n >= sizeof ((hd_cameo *)0)->plover || f[3].n >= sizeof ((hd_cameo *)0)->mode)
    return fail(ld, "PLOVER type or mode too long");
  char code[8] = {0};
  memcpy(code, f[0].s, f[0].n);
  if (!ld->insert) {
    if (event_code_known(ld, code)) return fail(ld, "event code %s is defined twice", code);
    return map_put(&ld->pending, pack_code(code), 1) == 0 ? HD_OK : fail(ld, "out of memory");
  }
  hd_dict *d = ld->d;
  if (grow((void **)&d->cameo, &d->cameo_cap, d->ncameo + 1, sizeof *d->cameo) != 0) return fail(ld, "out of memory");
  hd_cameo *c = &d->cameo[d->ncameo];
  memset(c, 0, sizeof *c);
  memcpy(c->code, code, sizeof c->code);
  memcpy(c->plover, f[2].s, f[2].n);
  memcpy(c->mode, f[3].s, f[3].n);
  if (field_is(f[2], "-")) c->plover[0] = 0;
  if (field_is(f[3], "-")) c->mode[0] = 0;
  memcpy(c->context, context, sizeof c->context);
  c->goldstein = g;
  c->name = name;
  if (map_put(&d->cameo_index, pack_code(code), (uint32_t)++d->ncameo) != 0) return fail(ld, "out of memory");
  return HD_OK;
}

/* Removes a comment: '#' at the start or after white space. */
static size_t strip_comment(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) return i;
  return n;
}

static hd_status parse_section(loader *ld, const char *s, size_t n) {
  for (size_t i = 1; i < HD_ARRAY_LEN(section_names); i++)
    if (n == strlen(section_names[i]) + 2 && memcmp(s + 1, section_names[i], n - 2) == 0) {
      ld->sec = (section)i;
      return HD_OK;
    }
  return fail(ld, "unknown section %.*s: use [countries], [actors], [agents], [verbs], [cameo], [stop] or [markers]", (int)n, s);
}

static hd_status parse_line(loader *ld, const char *s, size_t n) {
  if (n > HD_LINE_MAX) return fail(ld, "line longer than %d bytes", HD_LINE_MAX);
  if (!hd_utf8_valid(s, n)) return fail(ld, "invalid UTF-8");
  n = strip_comment(s, n);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  while (n && (*s == ' ' || *s == '\t')) s++, n--;
  if (!n) return HD_OK;
  if (s[0] == '[') {
    if (s[n - 1] != ']') return fail(ld, "a section line looks like [verbs]");
    return parse_section(ld, s, n);
  }
  field f[HD_PHRASE_WORDS * 2 + 8];
  size_t nf = split_fields(s, n, f, HD_ARRAY_LEN(f));
  if (nf == HD_ARRAY_LEN(f)) return fail(ld, "too many fields");
  switch (ld->sec) {
  case SEC_COUNTRIES: return parse_country(ld, f, nf);
  case SEC_ACTORS: return parse_actor(ld, f, nf);
  case SEC_AGENTS: return parse_agent(ld, f, nf);
  case SEC_VERBS: return parse_verb(ld, f, nf);
  case SEC_STOP: return parse_stop(ld, f, nf);
  case SEC_MARKERS: return parse_marker(ld, f, nf);
  case SEC_CAMEO: {
    size_t nattr = split_attrs(f, &nf);
    if (nf < 5) return fail(ld, "expected: CODE GOLDSTEIN PLOVER MODE name [@context=A,B]");
    /* the name runs to its last word, before the attributes */
    const char *name = f[4].s;
    size_t off = ld->d->strings.len;
    if (ld->insert && (hd_buf_append(&ld->d->strings, name, (size_t)(f[nf - 1].s + f[nf - 1].n - name)) != 0 ||
                       hd_buf_putc(&ld->d->strings, 0) != 0))
      return fail(ld, "out of memory");
    return parse_cameo(ld, f, nf, (uint32_t)off, f + nf, nattr);
  }
  default: return fail(ld, "entry before any [section] line");
  }
}

static hd_status run_pass(loader *ld, const char *text, size_t len) {
  ld->line = 0;
  ld->sec = SEC_NONE;
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && text[j] != '\n') j++;
    ld->line++;
    if (memchr(text + i, 0, j - i)) return fail(ld, "NUL byte");
    hd_status st = parse_line(ld, text + i, j - i);
    if (st != HD_OK) return st;
    i = j + 1;
  }
  return HD_OK;
}

hd_status hd_dict_load_text(hd_dict *d, const char *name, const char *text, size_t len, char *err, size_t errlen) {
  if (err && errlen) err[0] = 0;
  if (d->nfiles >= UINT16_MAX) return HD_ERR_ARG;
  if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) text += 3, len -= 3;
  loader ld = {.d = d, .file = name, .file_index = (uint16_t)d->nfiles, .sec = SEC_NONE, .err = err, .errlen = errlen};
  hd_status st = run_pass(&ld, text, len);
  map_free(&ld.pending);
  memset(&ld.pending, 0, sizeof ld.pending);
  if (st != HD_OK) { hd_norm_free(&ld.scratch); return st; }
  /* the version: every file's text, in the order loaded (names do not count) */
  uint64_t h = d->nfiles ? d->version : 0xcbf29ce484222325ull;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)text[i]) * 0x100000001b3ull;
  h = (h ^ 0xff) * 0x100000001b3ull;   /* a file boundary */
  d->version = h;
  snprintf(d->version_text, sizeof d->version_text, "%016llx", (unsigned long long)h);
  char **files = realloc(d->files, (d->nfiles + 1) * sizeof *files);
  if (!files) return HD_ERR_NOMEM;
  d->files = files;
  if (!(d->files[d->nfiles] = strdup(name))) return HD_ERR_NOMEM;
  d->nfiles++;
  ld.insert = 1;
  st = run_pass(&ld, text, len);
  hd_norm_free(&ld.scratch);
  (void)index_anchors(d);
  return st;
}

hd_status hd_dict_load_file(hd_dict *d, const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    if (err && errlen) snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return HD_ERR_IO;
  }
  hd_buf b = {0};
  char chunk[65536];
  size_t n;
  int oom = 0;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (hd_buf_append(&b, chunk, n) != 0) { oom = 1; break; }
  int bad = ferror(f);
  fclose(f);
  if (oom || bad) {
    hd_buf_free(&b);
    if (err && errlen) snprintf(err, errlen, "%s: %s", path, oom ? "out of memory" : "read error");
    return oom ? HD_ERR_NOMEM : HD_ERR_IO;
  }
  hd_status st = hd_dict_load_text(d, path, b.data ? b.data : "", b.len, err, errlen);
  hd_buf_free(&b);
  return st;
}

hd_status hd_dict_load_builtin(hd_dict *d, char *err, size_t errlen) {
  /* the event table first: verb files name its codes */
  for (int pass = 0; pass < 2; pass++)
    for (const hd_builtin_dict *b = hd_builtin_dicts; b->name; b++) {
      int is_cameo = strstr(b->name, "cameo") != NULL;
      if (is_cameo != (pass == 0)) continue;
      hd_status st = hd_dict_load_text(d, b->name, b->text, b->len, err, errlen);
      if (st != HD_OK) return st;
    }
  return HD_OK;
}

int hd_cameo_known(const char *code) {
  size_t n = strlen(code);
  if (n < 2 || n > 4) return 0;
  for (const hd_builtin_dict *b = hd_builtin_dicts; b->name; b++) {
    if (!strstr(b->name, "cameo")) continue;
    /* a line of the table begins with its code and white space */
    for (const char *p = b->text, *end = b->text + b->len; p < end;) {
      const char *nl = memchr(p, '\n', (size_t)(end - p));
      if (!nl) nl = end;
      if ((size_t)(nl - p) > n && !memcmp(p, code, n) && (p[n] == ' ' || p[n] == '\t')) return 1;
      p = nl + 1;
    }
  }
  return 0;
}

hd_dict *hd_dict_new(void) {
  hd_dict *d = calloc(1, sizeof(hd_dict));
  if (d) snprintf(d->version_text, sizeof d->version_text, "%016llx", 0ull);
  return d;
}

const char *hd_dict_version(const hd_dict *d) { return d->version_text; }

void hd_dict_file_names(const hd_dict *d, char *buf, size_t cap) {
  size_t used = 0;
  if (cap) buf[0] = 0;
  for (size_t i = 0; i < d->nfiles && used < cap; i++) {
    int k = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", d->files[i]);
    if (k < 0) break;
    used += (size_t)k;
  }
}

/* ------------------------------------------------------------------ */
/* Coordinates of places                                               */

#define GEO_WORDS HD_PHRASE_WORDS

typedef struct geo_search {
  const hd_dict *d;
  const char *country;
  const hd_entry *found;
  size_t nwords;
  hd_analysis ana[GEO_WORDS][HD_MAX_ANALYSES];
  size_t nana[GEO_WORDS];
} geo_search;

/* The place entry of the wanted country at NODE (a name, capital or
** place, with coordinates or not), else a nisba adjective of it (named as
** the capital), else NULL. */
static const hd_entry *place_at(const geo_search *g, uint32_t node) {
  const hd_entry *adj = NULL;
  for (const hd_entry *e = hd_dict_first_entry(g->d, node); e; e = hd_dict_next_entry(g->d, e)) {
    if (strncmp(e->code, g->country, 3) != 0) continue;
    if (e->kind == HD_ENT_PLACE || e->kind == HD_ENT_CAPITAL || e->kind == HD_ENT_NAME) return e;
    if (e->kind == HD_ENT_ADJ && !adj) adj = e;
  }
  return adj;
}

/* Walks the trie through word I on, every analysis of each word, the
** least peeled first: "سوريا" is the state, not the nisba سوري + ا. */
static void geo_walk(geo_search *g, size_t i, uint32_t node) {
  if (g->found) return;
  if (i == g->nwords) { g->found = place_at(g, node); return; }
  for (size_t k = 0; k < g->nana[i] && !g->found; k++) {
    const hd_analysis *a = &g->ana[i][k];
    /* clitics in front of the first word only, a suffix on the last only */
    if ((a->pre && i > 0 && !(a->flags == HD_CL_ARTICLE)) || (a->suf && i + 1 < g->nwords)) continue;
    uint32_t child = hd_dict_child(g->d, node, a->word);
    if (child) geo_walk(g, i + 1, child);
  }
}

static const hd_entry *capital_of(const hd_dict *d, const char *country) {
  for (size_t i = 1; i < d->nentries; i++) {
    const hd_entry *e = &d->entries[i];
    if (e->kind == HD_ENT_CAPITAL && e->lat != HD_NO_GEO && !strncmp(e->code, country, 3)) return e;
  }
  return NULL;
}

int hd_dict_place_geo(const hd_dict *d, const char *name, const char *country, int32_t *lat, int32_t *lon) {
  char folded[HD_LINE_MAX];
  if (!name || !country || strlen(country) < 3 || !d->nentries) return 0;
  int len = hd_normalize_str(name, strlen(name), folded, sizeof folded);
  if (len <= 0) return 0;
  geo_search *g = &(geo_search){.d = d, .country = country};
  size_t pos = 0, a, b;
  int kind;
  while ((kind = hd_next_token(folded, (size_t)len, pos, &a, &b)) >= 0) {
    pos = b;
    if (kind == HD_TOK_PUNCT) continue;
    if (g->nwords == GEO_WORDS || b - a > HD_WORD_MAX) return 0;
    g->nana[g->nwords] = hd_analyze(d, folded + a, b - a, NULL, g->ana[g->nwords], HD_MAX_ANALYSES);
    g->nwords++;
  }
  if (!g->nwords) return 0;
  geo_walk(g, 0, 0);
  const hd_entry *e = g->found;
  if (e && e->kind == HD_ENT_ADJ) e = capital_of(d, country);
  if (!e || e->lat == HD_NO_GEO) return 0;
  *lat = e->lat;
  *lon = e->lon;
  return 1;
}

size_t hd_dict_count(const hd_dict *d, const char *section) {
  size_t places = d->kind_count[HD_ENT_NAME] + d->kind_count[HD_ENT_ADJ] +
                  d->kind_count[HD_ENT_CAPITAL] + d->kind_count[HD_ENT_PLACE];
  if (!section)
    return places + d->kind_count[HD_ENT_ACTOR] + d->kind_count[HD_ENT_AGENT] + d->kind_count[HD_ENT_STOP] +
           d->npatterns + d->ncameo + d->nmarkers;
  if (!strcmp(section, "countries")) return places;
  if (!strcmp(section, "actors")) return d->kind_count[HD_ENT_ACTOR];
  if (!strcmp(section, "agents")) return d->kind_count[HD_ENT_AGENT];
  if (!strcmp(section, "verbs")) return d->npatterns;
  if (!strcmp(section, "cameo")) return d->ncameo;
  if (!strcmp(section, "stop")) return d->kind_count[HD_ENT_STOP];
  if (!strcmp(section, "markers")) return d->nmarkers;
  return 0;
}

void hd_dict_free(hd_dict *d) {
  if (!d) return;
  hd_buf_free(&d->pool);
  hd_buf_free(&d->strings);
  free(d->word_off);
  free(d->word_role);
  free(d->word_filter);
  free(d->word_slots);
  map_free(&d->trie);
  free(d->root_child.vals);
  free(d->node_first);
  free(d->entries);
  free(d->patterns);
  free(d->anchors.vals);
  free(d->anchor_start);
  free(d->anchor_pattern);
  free(d->link_pattern);
  free(d->link_next);
  free(d->alts);
  map_free(&d->cameo_index);
  free(d->cameo);
  free(d->marker_index.vals);
  free(d->markers);
  for (size_t i = 0; i < d->nfiles; i++) free(d->files[i]);
  free(d->files);
  free(d);
}
