/*
** tokenize.c: splits folded text into tokens and peels Arabic clitics.
**
** Tokens are runs of letters, runs of digits, or single punctuation
** characters.  Clitic analysis tries each way of removing a conjunction
** (و ف), a preposition (ب ل ك, or لل for ل + ال), the article and a pronoun
** suffix, and keeps only the readings whose remaining stem the dictionaries
** know.  So "وبوتين" finds بوتين, while "بحث" stays بحث because بحث is a word
** and حث is not known.  The memo of analyses keeps each word's readings,
** so that a word is analysed once in a run, by whichever thread meets it
** first.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "tokenize/tokenize.h"
#include "normalize/normalize.h"

static int is_space_byte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Letters of any script count as word characters; punctuation, symbols and
** the replacement character do not. */
static int is_letter_cp(int32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp >= 0x0620 && cp <= 0x065F) return 1;          /* Arabic letters and marks, first */
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return 0;
  if (cp >= 0x0600 && cp <= 0x061F) return 0;          /* Arabic signs and punctuation */
  if (cp >= 0x0660 && cp <= 0x066D) return 0;          /* digits, percent, separators */
  if (cp == 0x06D4 || (cp >= 0x06DD && cp <= 0x06DE)) return 0;
  if (cp >= 0x06F0 && cp <= 0x06F9) return 0;          /* Persian digits */
  if (cp >= 0x2000 && cp <= 0x2BFF) return 0;          /* punctuation, symbols, arrows */
  if (cp >= 0x3000 && cp <= 0x303F) return 0;
  if (cp >= 0xFD3E && cp <= 0xFD3F) return 0;          /* ornate parentheses */
  if (cp >= 0xFE10 && cp <= 0xFE6F) return 0;          /* small and vertical forms */
  if (cp >= 0xFF00 && cp <= 0xFF20) return 0;
  if (cp == 0xFFFD || cp == 0xFEFF) return 0;
  if (cp >= 0x1F000) return 0;                         /* emoji and pictographs */
  return 1;
}

static int is_digit_byte(unsigned char c) { return c >= '0' && c <= '9'; }

/* Class of the character at S: 0 space, 1 letter, 2 digit, 3 other. */
static inline int char_class(const char *s, size_t n, int *len) {
  unsigned char c = (unsigned char)s[0];
  *len = 1;
  if (c < 0x80) {
    if (is_space_byte(c)) return 0;
    if (is_digit_byte(c)) return 2;
    return is_letter_cp(c) ? 1 : 3;
  }
  /* two bytes (Arabic among them) without a call */
  if (c >= 0xC2 && c < 0xE0 && n >= 2 && ((unsigned char)s[1] & 0xC0) == 0x80) {
    *len = 2;
    return is_letter_cp((int32_t)((c & 0x1Fu) << 6 | ((unsigned char)s[1] & 0x3Fu))) ? 1 : 3;
  }
  int32_t cp = hd_utf8_decode((const unsigned char *)s, n, len);
  if (cp < 0) return 3;
  return is_letter_cp(cp) ? 1 : 3;
}

/* How many bytes of the eight of W (hd_load8_first_low()) are Arabic
** letters of U+0620 to U+065F (D8 A0-BF, D9 80-9F) from the first on: 0,
** 2, 4, 6 or 8.  Each
** pair of bytes is one lane of sixteen bits: its lead must be D8 or D9,
** and its second byte's top three bits 101 after D8, 100 after D9; a
** lane that is not so is not zero, and its top bit is set by adding
** 0x7FFF (a lane is at most 0xFF, so nothing carries into the next). */
static inline size_t arabic_letters8(uint64_t w) {
  const uint64_t low = UINT64_C(0x00FF00FF00FF00FF);
  uint64_t lead = w & low, cont = (w >> 8) & low;
  uint64_t bad = ((lead & UINT64_C(0x00FE00FE00FE00FE)) ^ UINT64_C(0x00D800D800D800D8)) |
                 ((cont & UINT64_C(0x00E000E000E000E0)) ^ UINT64_C(0x00A000A000A000A0) ^ (lead & UINT64_C(0x0001000100010001)) << 5);
  uint64_t stop = (bad + UINT64_C(0x7FFF7FFF7FFF7FFF)) & UINT64_C(0x8000800080008000);
  return stop ? (size_t)__builtin_ctzll(stop) / 8 - 1 : 8;
}

/* The token at or after POS: its bytes in [*START, *END) and its kind, or
** -1 at the end. */
static inline int scan_token(const char *text, size_t n, size_t pos, size_t *start, size_t *end) {
  int len, cls = 0;
  while (pos < n && text[pos] == ' ') pos++;
  while (pos < n && (cls = char_class(text + pos, n - pos, &len)) == 0) pos += len;
  if (pos >= n) return -1;
  *start = pos;
  pos += len;
  if (cls != 3)
    while (pos < n) {
      /* the Arabic letters U+0620 to U+065F (D8 A0-BF, D9 80-9F), most of
      ** a folded text: four at a time, then one, without a call */
      if (cls == 1 && pos + 8 <= n) {
        size_t k = arabic_letters8(hd_load8_first_low((const unsigned char *)text + pos));
        pos += k;
        if (k == 8) continue;
      }
      const unsigned char *u = (const unsigned char *)text + pos;
      if (cls == 1 && pos + 1 < n && ((u[0] == 0xD8 && (u[1] & 0xE0) == 0xA0) || (u[0] == 0xD9 && (u[1] & 0xE0) == 0x80))) {
        pos += 2;
        continue;
      }
      if (char_class(text + pos, n - pos, &len) != cls) break;
      pos += len;
    }
  *end = pos;
  return cls == 3 ? HD_TOK_PUNCT : cls == 2 ? HD_TOK_NUMBER : HD_TOK_WORD;
}

int hd_next_token(const char *text, size_t n, size_t pos, size_t *start, size_t *end) {
  return scan_token(text, n, pos, start, end);
}

/* Eight bytes at a time, the last eight (or fewer) read once more where
** they overlap the ones before: a few multiplications a word, where a
** hash of one byte at a time has two for each letter, one after another. */
uint32_t hd_token_hash(const char *w, size_t n) {
  const uint64_t m = 0x9E3779B97F4A7C15u;
  const unsigned char *p = (const unsigned char *)w;
  uint64_t h = (uint64_t)n * m;
  for (size_t i = 0; i + 8 < n; i += 8) {
    h = (h ^ hd_load8_first_low(p + i)) * m;
    h ^= h >> 32;
  }
  uint64_t last;
  if (n >= 8) last = hd_load8_first_low(p + n - 8);
  else if (n >= 4) last = hd_load4_first_low(p) | hd_load4_first_low(p + n - 4) << 32;
  else last = hd_load_first_low(p, n);
  h = (h ^ last) * m;
  h ^= h >> 29;
  h *= m;
  return (uint32_t)(h ^ h >> 32);
}

int hd_next_token_hash(const char *text, size_t n, size_t pos, size_t *start, size_t *end, uint32_t *hash) {
  int kind = scan_token(text, n, pos, start, end);
  if (kind >= 0) *hash = hd_token_hash(text + *start, *end - *start);
  return kind;
}

/* ------------------------------------------------------------------ */

#define WAW "\xd9\x88"
#define FEH "\xd9\x81"
#define BEH "\xd8\xa8"
#define LAM "\xd9\x84"
#define KAF "\xd9\x83"
#define TEH "\xd8\xaa"
#define HEH "\xd9\x87"
#define ALEF "\xd8\xa7"
#define NOON "\xd9\x86"
#define MEEM "\xd9\x85"
#define SEEN "\xd8\xb3"
#define YEH "\xd9\x8a"

/* Characters in the N bytes at S: the bytes that are not continuations
** (10xxxxxx), eight at a time (a byte's bit 6 shifted into its top bit
** tells them apart; the multiplication adds up the eight bytes' flags). */
static size_t letters(const char *s, size_t n) {
  const uint64_t ones = UINT64_C(0x0101010101010101);
  const unsigned char *u = (const unsigned char *)s;
  size_t k = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = hd_load8_first_low(u + i), cont = w & ~(w << 1) & ones * 0x80;
    k += 8 - (size_t)((cont >> 7) * ones >> 56);
  }
  for (; i < n; i++) k += (u[i] & 0xC0) != 0x80;
  return k;
}

/* P is a string literal: its length is known at compile time. */
#define starts_with(s, n, p) ((n) >= sizeof(p) - 1 && memcmp((s), (p), sizeof(p) - 1) == 0)
#define ends_with(s, n, p) ((n) >= sizeof(p) - 1 && memcmp((s) + (n) - (sizeof(p) - 1), (p), sizeof(p) - 1) == 0)

/* Are the M bytes at A those at B?  The clitics are of two, four and six
** bytes: compared in place, without a call. */
static inline int same_bytes(const char *a, const char *b, size_t m) {
  switch (m) {
  case 2: return memcmp(a, b, 2) == 0;
  case 4: return memcmp(a, b, 4) == 0;
  case 6: return memcmp(a, b, 6) == 0;
  default: return memcmp(a, b, m) == 0;
  }
}

static int ends_with_n(const char *s, size_t n, const char *p, size_t m) {
  return n >= m && same_bytes(s + n - m, p, m);
}

typedef struct analyzer {
  const hd_dict *d;
  const char *base;        /* the whole word */
  const hd_origin *origin;
  hd_analysis *out;
  size_t max, count;
} analyzer;

static void add_reading(analyzer *az, uint32_t word, size_t pre, size_t suf, int flags) {
  if (word == HD_NO_WORD || pre > 255 || suf > 255) return;
  for (size_t i = 0; i < az->count; i++)
    if (az->out[i].word == word) {
      if (az->out[i].pre + az->out[i].suf > pre + suf) {
        az->out[i].pre = (uint8_t)pre; az->out[i].suf = (uint8_t)suf; az->out[i].flags = (uint8_t)flags;
      }
      return;
    }
  if (az->count == az->max) return;
  hd_analysis *a = &az->out[az->count++];
  a->word = word; a->pre = (uint8_t)pre; a->suf = (uint8_t)suf; a->flags = (uint8_t)flags;
}

/* A stem that lost a suffix may end in teh where the word ends in teh
** marbuta (folded to heh): حكومته is حكومة + ه. */
static void try_stem(analyzer *az, const char *s, size_t n, size_t pre, size_t suf, int flags) {
  if (letters(s, n) < 2) return;
  add_reading(az, hd_dict_word(az->d, s, n), pre, suf, flags);
  if (suf && ends_with(s, n, TEH) && n - 2 + 2 <= HD_WORD_MAX) {
    char buf[HD_WORD_MAX];
    memcpy(buf, s, n - 2);
    memcpy(buf + n - 2, HEH, 2);
    add_reading(az, hd_dict_word(az->d, buf, n), pre, suf, flags);
  }
}

#define SUFFIX(s, flags) {s, sizeof(s) - 1, flags}
enum { SUF_HEH = 1 };
static const struct { const char *s; size_t n; int flags; } suffixes[] = {
  SUFFIX(HEH MEEM ALEF, 0), SUFFIX(KAF MEEM ALEF, 0), SUFFIX(HEH ALEF, 0), SUFFIX(HEH MEEM, 0),
  SUFFIX(HEH NOON, 0), SUFFIX(KAF MEEM, 0), SUFFIX(NOON ALEF, 0), SUFFIX(HEH, SUF_HEH), SUFFIX(ALEF, HD_CL_ALEF),
};

static void try_suffixes(analyzer *az, const char *s, size_t n, size_t pre, int flags) {
  try_stem(az, s, n, pre, 0, flags);
  for (size_t i = 0; i < HD_ARRAY_LEN(suffixes); i++) {
    size_t m = suffixes[i].n;
    if (!ends_with_n(s, n, suffixes[i].s, m)) continue;
    /* الرياضة is no الرياض + ه: a teh marbuta is never a pronoun */
    if ((suffixes[i].flags & SUF_HEH) && hd_origin_teh_marbuta(az->origin, (size_t)(s - az->base) + n - 2)) continue;
    try_stem(az, s, n - m, pre, m, flags | HD_CL_SUFFIX | (suffixes[i].flags & HD_CL_ALEF));
  }
}

static void try_article(analyzer *az, const char *w, size_t n, size_t pre, int flags) {
  size_t a = hd_strip_article(w, n, az->origin, (size_t)(w - az->base));
  if (a) try_stem(az, w, n, pre, 0, flags);   /* "التقى" is a verb, if the dictionaries know it whole */
  try_suffixes(az, w + a, n - a, pre + a, flags | (a ? HD_CL_ARTICLE : 0));
}

static const struct { const char *p; size_t n; int flags; } preps[] = {
  {LAM LAM, 4, HD_CL_PREP | HD_CL_ARTICLE}, {BEH, 2, HD_CL_PREP | HD_CL_IN}, {LAM, 2, HD_CL_PREP}, {KAF, 2, HD_CL_PREP},
};

static void try_preps(analyzer *az, const char *w, size_t n, size_t pre, int flags) {
  try_article(az, w, n, pre, flags);
  for (size_t i = 0; i < HD_ARRAY_LEN(preps); i++) {
    size_t m = preps[i].n;
    if (n < m || !same_bytes(w, preps[i].p, m) || letters(w + m, n - m) < 2) continue;
    if (preps[i].flags & HD_CL_ARTICLE)   /* لل is ل + ال: no second article */
      try_suffixes(az, w + m, n - m, pre + m, flags | preps[i].flags);
    else
      try_article(az, w + m, n - m, pre + m, flags | preps[i].flags);
  }
}

/* Can WORD begin a phrase or a pattern?  (A word met only inside phrases,
** such as وسوريا in "العراق وسوريا", does not keep و from being peeled.) */
static int starts_something(const hd_dict *d, uint32_t word) {
  const hd_pattern *p;
  return hd_dict_child(d, 0, word) != 0 || hd_dict_anchors(d, word, &p, 1) > 0;
}

size_t hd_analyze(const hd_dict *d, const char *w, size_t n, const hd_origin *o, hd_analysis *out, size_t max) {
  analyzer az = {d, w, o, out, max, 0};
  if (n == 0 || n > HD_WORD_MAX) return 0;
  try_preps(&az, w, n, 0, 0);
  if ((starts_with(w, n, WAW) || starts_with(w, n, FEH)) && letters(w + 2, n - 2) >= 2)
    try_preps(&az, w + 2, n - 2, 2, HD_CL_CONJ);
  /* "سيزور", "وستبحث": the future's سـ on an imperfect verb the
  ** dictionaries know (يزور، تبحث) */
  for (size_t pre = 0; pre <= 2; pre += 2) {
    if (pre && !(starts_with(w, n, WAW) || starts_with(w, n, FEH))) break;
    const char *v = w + pre;
    size_t m = n - pre;
    if (m > 4 && starts_with(v, m, SEEN) && letters(v + 2, m - 2) >= 3 &&
        (starts_with(v + 2, m - 2, YEH) || starts_with(v + 2, m - 2, TEH) || starts_with(v + 2, m - 2, NOON)))
      try_suffixes(&az, v + 2, m - 2, pre + 2, HD_CL_FUTURE | (pre ? HD_CL_CONJ : 0));
  }
  /* a word read whole beats a conjunction peeled off: وزارته is وزارة + ه,
  ** not و + زارت + ه */
  int whole = 0;
  for (size_t i = 0; i < az.count; i++) whole |= out[i].pre == 0 && starts_something(d, out[i].word);
  if (whole) {
    size_t k = 0;
    for (size_t i = 0; i < az.count; i++)
      if (!(out[i].flags & HD_CL_CONJ)) out[k++] = out[i];
    az.count = k;
  }
  /* least peeled first: the bare word is the likeliest reading */
  for (size_t i = 1; i < az.count; i++)
    for (size_t j = i; j > 0 && out[j].pre + out[j].suf < out[j - 1].pre + out[j - 1].suf; j--) {
      hd_analysis t = out[j]; out[j] = out[j - 1]; out[j - 1] = t;
    }
  return az.count;
}

/* ------------------------------------------------------------------ */
/* The memo                                                            */

/* Every word met is analysed once: its readings are kept in a table keyed
** by its folded bytes and the letters folding changed in it, which grows
** with the words of the run up to MEMO_MAX_WORDS (then words not in it are
** analysed every time), so that memory has a bound whatever the input.
** The table is open addressing over slots of 8 bytes (the key's hash and
** the word's place), so that a lookup touches one slot, one entry and the
** word's bytes; in front of it, a small direct-mapped memo of one cache
** line an entry serves the most frequent words in one look.
**
** The table may serve the memos of several threads (hd_analysis_cache_share()):
** each keeps its own hot memo, which it writes at every lookup, and all
** read the table without a lock, so that a word one thread analysed is
** not analysed again by the others and the words are in memory once.  A
** word is added under the table's lock: its record is written first, in a
** piece of the pool that never moves, then its slot, which a reader loads
** with acquire order, so that a reader sees a slot empty or whole.  When
** the slots double, readers may still be in the old ones: those are kept
** until the table is freed, unless one memo alone uses the table. */
#define MEMO_MAX_WORDS (1u << 19)
#define HOT_SLOTS 8192        /* a power of two */
#define HOT_WORD 24           /* longer words skip the hot memo */
#define HOT_ANA 3             /* so do words with more readings */

typedef struct hot_entry {
  uint64_t marks;             /* letters that folding changed, one bit per letter */
  uint32_t hash;
  uint8_t len, count;
  char word[HOT_WORD];
  hd_analysis ana[HOT_ANA];
} hot_entry;

/* A word in the memo: this header, its readings, then its bytes, in one
** piece of the pool (8-byte aligned), so that a lookup reads one place. */
typedef struct memo_word {
  uint64_t marks;
  uint8_t len, count;
  uint8_t pad[2];
  hd_analysis ana[];
} memo_word;

/* The pool is pieces of CHUNK_UNITS units of 8 bytes, enough for every
** word the table may keep; a word's place is its piece and its unit in it. */
#define CHUNK_BITS 16
#define CHUNK_UNITS (1u << CHUNK_BITS)
#define WORD_UNITS_MAX ((sizeof(memo_word) + HD_MAX_ANALYSES * sizeof(hd_analysis) + HD_WORD_MAX + 7) / 8)
#define MEMO_CHUNKS (MEMO_MAX_WORDS / (CHUNK_UNITS / WORD_UNITS_MAX) + 1)
#define MEMO_GROWTHS 32       /* doublings of the slots, more than memory allows */

typedef struct memo_slots {
  size_t n;                   /* a power of two */
  _Atomic uint64_t at[];      /* hash << 32 | (place + 1); 0 when free */
} memo_slots;

typedef struct memo_table {
  _Atomic(memo_slots *) slots;
  memo_slots *old[MEMO_GROWTHS];   /* slots outgrown while other memos may read them */
  size_t nold;
  uint64_t *chunk[MEMO_CHUNKS];
  size_t nchunks, used;       /* units taken in the last piece */
  size_t nwords;
  atomic_int users;           /* memos that use the table */
  pthread_mutex_t lock;       /* held to add a word */
} memo_table;

struct hd_analysis_cache {
  hot_entry hot[HOT_SLOTS];
  memo_table *table;
};

static memo_slots *slots_new(size_t n) {
  memo_slots *s = calloc(1, sizeof *s + n * sizeof s->at[0]);
  if (s) s->n = n;
  return s;
}

static memo_table *table_new(void) {
  memo_table *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  memo_slots *s = slots_new(4096);
  if (!s || pthread_mutex_init(&t->lock, NULL) != 0) { free(s); free(t); return NULL; }
  atomic_init(&t->slots, s);
  atomic_init(&t->users, 1);
  return t;
}

static void table_free(memo_table *t) {
  if (!t || atomic_fetch_sub(&t->users, 1) > 1) return;
  free(atomic_load(&t->slots));
  for (size_t i = 0; i < t->nold; i++) free(t->old[i]);
  for (size_t i = 0; i < t->nchunks; i++) free(t->chunk[i]);
  pthread_mutex_destroy(&t->lock);
  free(t);
}

static hd_analysis_cache *cache_with(memo_table *t) {
  hd_analysis_cache *c = t ? calloc(1, sizeof *c) : NULL;
  if (c) c->table = t;
  return c;
}

hd_analysis_cache *hd_analysis_cache_new(void) {
  memo_table *t = table_new();
  hd_analysis_cache *c = cache_with(t);
  if (!c) table_free(t);
  return c;
}

hd_analysis_cache *hd_analysis_cache_share(hd_analysis_cache *with) {
  hd_analysis_cache *c = with ? cache_with(with->table) : NULL;
  if (c) atomic_fetch_add(&with->table->users, 1);
  return c;
}

void hd_analysis_cache_free(hd_analysis_cache *cache) {
  if (!cache) return;
  table_free(cache->table);
  free(cache);
}

/* The lanes of sixteen bits of X that are zero, each marked by its top
** bit; exact, since no lane carries into the next ((x & 0x7FFF) + 0x7FFF
** is at most 0xFFFE). */
static inline uint64_t zero_lanes16(uint64_t x) {
  const uint64_t low15 = UINT64_C(0x7FFF7FFF7FFF7FFF);
  return ~(((x & low15) + low15) | x | low15);
}

/* Is the folded letter X (two bytes, lead first), whose original starts
** with the two bytes Y, a hidden letter: an alef written other than ا
** (أ إ آ), or a ه written as ة?  As hd_origin_plain_alef() and
** hd_origin_teh_marbuta() ask, exactly: a ه written otherwise than ه or ة
** (a form of presentation, ۃ) is read as ه.  Tested without a branch,
** which could not be foreseen; the original of an Arabic letter has two
** bytes at least. */
static inline uint64_t hidden_letter(unsigned x, unsigned y) {
  return (uint64_t)(((x == 0xD8A7) & (y != x)) | ((x == 0xD987) & (y == 0xD8A9)));
}

/* One bit per letter whose original was an alef with hamza or a teh marbuta. */
static uint64_t hidden_letters(const char *w, size_t n, const hd_origin *o) {
  uint64_t marks = 0;
  if (!o) return 0;
  const unsigned char *u = (const unsigned char *)w, *orig = (const unsigned char *)o->text;
  if (n % 2 == 0) {
    /* a word of the letters D8 xx and D9 xx alone, as nearly every word:
    ** letter k is at byte 2k, and its alefs and hehs (D8 A7, D9 87) are
    ** found four letters at a time, the original read of those only */
    const uint64_t leads = UINT64_C(0x00FF00FF00FF00FF), tops = UINT64_C(0x8000800080008000);
    size_t i = 0;
    for (; i < n; i += 8) {
      size_t m = n - i < 8 ? n - i : 8;
      /* (the last two, four or six bytes in at most two loads, not a byte at a time) */
      uint64_t v = m == 8   ? hd_load8_first_low(u + i)
                   : m >= 4 ? hd_load4_first_low(u + i) | hd_load_first_low(u + i + 4, m - 4) << 32
                            : hd_load_first_low(u + i, m);
      uint64_t in = m == 8 ? ~UINT64_C(0) : (UINT64_C(1) << 8 * m) - 1;
      if (((v & UINT64_C(0x00FE00FE00FE00FE)) ^ UINT64_C(0x00D800D800D800D8)) & leads & in) break;
      uint64_t hits = (zero_lanes16(v ^ UINT64_C(0xA7D8A7D8A7D8A7D8)) | zero_lanes16(v ^ UINT64_C(0x87D987D987D987D9))) &
                      tops & in;
      for (; hits; hits &= hits - 1) {
        size_t j = i + ((size_t)__builtin_ctzll(hits) - 15) / 8;
        const unsigned char *c = orig + o->map[j];
        marks |= hidden_letter((unsigned)u[j] << 8 | u[j + 1], (unsigned)c[0] << 8 | c[1]) << (j / 2);
      }
    }
    if (i >= n) return marks;
    marks = 0;
  }
  for (size_t i = 0, k = 0; i + 1 < n && k < 64; k++) {
    if (u[i] == 0xD8 || u[i] == 0xD9) {
      /* folded ا or ه: was it written other than ا (أ إ آ), or as ة? */
      const unsigned char *c = orig + o->map[i];
      marks |= hidden_letter((unsigned)u[i] << 8 | u[i + 1], (unsigned)c[0] << 8 | c[1]) << k;
      i += 2;
      continue;
    }
    i += u[i] < 0x80 ? 1 : u[i] < 0xE0 ? 2 : u[i] < 0xF0 ? 3 : 4;
  }
  return marks;
}

static memo_slots *slots_of(memo_table *t) { return atomic_load_explicit(&t->slots, memory_order_acquire); }

static uint64_t slot_at(memo_slots *s, size_t j) { return atomic_load_explicit(&s->at[j], memory_order_acquire); }

static memo_word *memo_at(const memo_table *t, uint64_t slot) {
  uint32_t place = (uint32_t)slot - 1;
  return (memo_word *)(t->chunk[place >> CHUNK_BITS] + (place & (CHUNK_UNITS - 1)));
}

static const char *memo_bytes(const memo_word *e) { return (const char *)(e->ana + e->count); }

/* The slot in S of the word W with MARKS and hash H: its entry's, or the
** free one where it would go. */
static size_t memo_slot(const memo_table *t, memo_slots *s, const char *w, size_t n, uint64_t marks, uint32_t h) {
  size_t j = h & (s->n - 1);
  for (;; j = (j + 1) & (s->n - 1)) {
    uint64_t v = slot_at(s, j);
    if (!v) return j;
    if ((uint32_t)(v >> 32) != h) continue;
    const memo_word *e = memo_at(t, v);
    if (e->len == n && e->marks == marks && memcmp(memo_bytes(e), w, n) == 0) return j;
  }
}

/* Doubles the slots, under the lock; -1 when out of memory. */
static int memo_grow(memo_table *t) {
  memo_slots *s = atomic_load_explicit(&t->slots, memory_order_relaxed), *g = slots_new(s->n * 2);
  if (!g || (t->nold == MEMO_GROWTHS && atomic_load(&t->users) > 1)) { free(g); return -1; }
  for (size_t i = 0; i < s->n; i++) {
    uint64_t v = atomic_load_explicit(&s->at[i], memory_order_relaxed);
    if (!v) continue;
    size_t j = (size_t)(v >> 32) & (g->n - 1);
    while (atomic_load_explicit(&g->at[j], memory_order_relaxed)) j = (j + 1) & (g->n - 1);
    atomic_store_explicit(&g->at[j], v, memory_order_relaxed);
  }
  atomic_store_explicit(&t->slots, g, memory_order_release);
  if (atomic_load(&t->users) > 1) t->old[t->nold++] = s;
  else free(s);
  return 0;
}

/* Room for UNITS units in the pool, under the lock: its place, or -1. */
static long pool_take(memo_table *t, size_t units) {
  if (!t->nchunks || t->used + units > CHUNK_UNITS) {
    if (t->nchunks == MEMO_CHUNKS || !(t->chunk[t->nchunks] = malloc(CHUNK_UNITS * 8))) return -1;
    t->nchunks++;
    t->used = 0;
  }
  long place = (long)((t->nchunks - 1) << CHUNK_BITS | t->used);
  t->used += units;
  return place;
}

/* Keeps the COUNT readings OUT of W, under the lock, unless another memo
** added the word meanwhile; nothing when the table is full or memory is
** short (the word is then analysed again). */
static void memo_add_locked(memo_table *t, const char *w, size_t n, uint64_t marks, uint32_t h,
                            const hd_analysis *out, size_t count) {
  /* at most half the slots are taken, so that a free one ends every probe */
  if (t->nwords >= MEMO_MAX_WORDS) return;
  if (2 * (t->nwords + 1) > atomic_load_explicit(&t->slots, memory_order_relaxed)->n) (void)memo_grow(t);
  memo_slots *s = atomic_load_explicit(&t->slots, memory_order_relaxed);
  if (2 * (t->nwords + 1) > s->n) return;
  size_t j = memo_slot(t, s, w, n, marks, h);
  if (atomic_load_explicit(&s->at[j], memory_order_relaxed)) return;
  size_t units = (sizeof(memo_word) + count * sizeof *out + n + 7) / 8;
  long place = pool_take(t, units);
  if (place < 0) return;
  memo_word *e = (memo_word *)(t->chunk[place >> CHUNK_BITS] + (place & (CHUNK_UNITS - 1)));
  e->marks = marks;
  e->len = (uint8_t)n;
  e->count = (uint8_t)count;
  if (count) memcpy(e->ana, out, count * sizeof *out);
  memcpy((char *)(e->ana + count), w, n);
  atomic_store_explicit(&s->at[j], (uint64_t)h << 32 | (uint64_t)(place + 1), memory_order_release);
  t->nwords++;
}

static void memo_add(memo_table *t, const char *w, size_t n, uint64_t marks, uint32_t h, const hd_analysis *out,
                     size_t count) {
  pthread_mutex_lock(&t->lock);
  memo_add_locked(t, w, n, marks, h, out, count);
  pthread_mutex_unlock(&t->lock);
}

/* The memo's hash of a word hashed to HASH, with its hidden letters MARKS. */
static uint32_t memo_hash(uint32_t hash, uint64_t marks) { return hash ^ (uint32_t)(marks * 0x9E3779B1u); }

/* hd_analyze_memo() once the word's MARKS and memo hash H are known. */
static size_t memo_lookup(hd_analysis_cache *m, const hd_dict *d, const char *w, size_t n, uint64_t marks, uint32_t h,
                          const hd_origin *o, hd_analysis *out, size_t max) {
  hot_entry *e = &m->hot[h & (HOT_SLOTS - 1)];
  if (e->hash == h && e->len == n && e->marks == marks && memcmp(e->word, w, n) == 0) {
    memcpy(out, e->ana, e->count * sizeof *out);
    return e->count;
  }
  memo_table *t = m->table;
  memo_slots *s = slots_of(t);
  uint64_t v = slot_at(s, memo_slot(t, s, w, n, marks, h));
  size_t count;
  if (!v) {   /* a word met the first time does not take a hot entry */
    count = hd_analyze(d, w, n, o, out, max);
    memo_add(t, w, n, marks, h, out, count);
    return count;
  }
  const memo_word *k = memo_at(t, v);
  count = k->count;
  if (count) memcpy(out, k->ana, count * sizeof *out);
  if (n <= HOT_WORD && count <= HOT_ANA) {
    e->hash = h; e->len = (uint8_t)n; e->marks = marks; e->count = (uint8_t)count;
    memcpy(e->word, w, n);
    memcpy(e->ana, out, count * sizeof *out);
  }
  return count;
}

size_t hd_analyze_memo(hd_analysis_cache *m, const hd_dict *d, const char *w, size_t n, uint32_t hash,
                       const hd_origin *o, hd_analysis *out, size_t max) {
  /* HD_WORD_MAX bytes are 64 letters at most: each has its bit in MARKS */
  if (!m || n == 0 || n > HD_WORD_MAX || max < HD_MAX_ANALYSES) return hd_analyze(d, w, n, o, out, max);
  uint64_t marks = hidden_letters(w, n, o);
  return memo_lookup(m, d, w, n, marks, memo_hash(hash, marks), o, out, max);
}

/* Words looked up together: the memory of each is asked for before any
** is read, so that the waits overlap. */
#define BATCH 32

size_t hd_analyze_tokens(hd_analysis_cache *m, const hd_dict *d, const char *text, const char *original,
                         const uint32_t *map, hd_token *t, size_t n, hd_analysis *out) {
  size_t nana = 0;
  for (size_t from = 0; from < n; from += BATCH) {
    size_t to = n - from < BATCH ? n : from + BATCH;
    uint64_t marks[BATCH];
    uint32_t h[BATCH];
    memo_slots *s = m ? slots_of(m->table) : NULL;
    /* the key of each word, and the hot entry and slot where it would be */
    for (size_t i = from; i < to; i++) {
      size_t len = t[i].end - t[i].start;
      if (!m || t[i].kind != HD_TOK_WORD || len == 0 || len > HD_WORD_MAX) continue;
      hd_origin o = {original, map + t[i].start};
      marks[i - from] = hidden_letters(text + t[i].start, len, &o);
      h[i - from] = memo_hash(t[i].hash, marks[i - from]);
      __builtin_prefetch(&m->hot[h[i - from] & (HOT_SLOTS - 1)]);
      __builtin_prefetch(&s->at[h[i - from] & (s->n - 1)]);
    }
    /* the word's record, for a word not in the hot memo */
    for (size_t i = from; i < to && m; i++) {
      size_t len = t[i].end - t[i].start;
      if (t[i].kind != HD_TOK_WORD || len == 0 || len > HD_WORD_MAX) continue;
      const hot_entry *e = &m->hot[h[i - from] & (HOT_SLOTS - 1)];
      if (e->hash == h[i - from]) continue;
      uint64_t v = slot_at(s, h[i - from] & (s->n - 1));
      if (v && (uint32_t)(v >> 32) == h[i - from]) __builtin_prefetch(memo_at(m->table, v));
    }
    for (size_t i = from; i < to; i++) {
      size_t len = t[i].end - t[i].start;
      t[i].ana = (uint32_t)nana;
      t[i].nana = 0;
      if (t[i].kind != HD_TOK_WORD) continue;
      hd_origin o = {original, map + t[i].start};
      if (!m || len == 0 || len > HD_WORD_MAX)
        t[i].nana = (uint8_t)hd_analyze(d, text + t[i].start, len, &o, out + nana, HD_MAX_ANALYSES);
      else
        t[i].nana = (uint8_t)memo_lookup(m, d, text + t[i].start, len, marks[i - from], h[i - from], &o, out + nana,
                                         HD_MAX_ANALYSES);
      nana += t[i].nana;
    }
  }
  return nana;
}

size_t hd_analyze_cached(hd_analysis_cache *cache, const hd_dict *d, const char *w, size_t n, const hd_origin *o,
                         hd_analysis *out, size_t max) {
  return hd_analyze_memo(cache, d, w, n, hd_token_hash(w, n), o, out, max);
}
