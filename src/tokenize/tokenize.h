/*
** tokenize.h: words of folded text, and their clitic analyses.
**
** Arabic writes conjunctions, prepositions and the article as prefixes and
** object pronouns as suffixes: "وبوتين" is و + بوتين, "للرئيس" is ل + ال +
** رئيس, "ونظيره" is و + نظير + ه.  A token's analyses are the ways of
** peeling those clitics that leave a word the dictionaries know, the bare
** word first; a word that merely begins with those letters stays whole.
*/
#ifndef HD_TOKENIZE_H
#define HD_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#include "dict/dict.h"

enum { HD_TOK_WORD, HD_TOK_NUMBER, HD_TOK_PUNCT };

typedef struct hd_token {
  uint32_t start, end;   /* byte span in the folded text */
  uint32_t ana;          /* first analysis in the analysis array */
  uint32_t hash;         /* hd_token_hash() of its bytes, as hd_next_token_hash() made it */
  uint64_t marks;        /* kinds of the [markers] that start here, one bit each (the coder's) */
  uint8_t nana;          /* number of analyses (dictionary words only) */
  uint8_t kind;          /* HD_TOK_* */
  uint8_t in_pattern;    /* a reading is a word of a pattern (HD_WORD_PATTERN; the coder's) */
  char punct;            /* the character of a one-byte HD_TOK_PUNCT */
} hd_token;
/* (one bit of marks for each kind of marker) */
_Static_assert(HD_MARK_KIND_COUNT <= 64, "more kinds of markers than bits in hd_token.marks");

enum {
  HD_CL_CONJ = 1,        /* a conjunction prefix: و or ف */
  HD_CL_PREP = 2,        /* a preposition prefix: ب ل ك */
  HD_CL_ARTICLE = 4,     /* the definite article */
  HD_CL_SUFFIX = 8,      /* a pronoun or case suffix */
  HD_CL_IN = 16,         /* the preposition is ب (in, at) */
  HD_CL_ALEF = 32,       /* the suffix is the alef of the accusative (اتصالا) */
  HD_CL_FUTURE = 64      /* the prefix سـ of the future on an imperfect verb (سيزور) */
};

typedef struct hd_analysis {
  uint32_t word;         /* dictionary word id */
  uint8_t pre, suf;      /* bytes peeled at each end */
  uint8_t flags;         /* HD_CL_* */
} hd_analysis;

#define HD_MAX_ANALYSES 12

/* Finds the next token at or after POS in TEXT[0..N): sets *START and *END
** and returns its kind, or -1 at the end.  White space separates tokens;
** every other non-word character is a one-character HD_TOK_PUNCT token. */
int hd_next_token(const char *text, size_t n, size_t pos, size_t *start, size_t *end);

/* The same, and sets *HASH to the hd_token_hash() of the token's bytes. */
int hd_next_token_hash(const char *text, size_t n, size_t pos, size_t *start, size_t *end, uint32_t *hash);

/* The hash of a token's N bytes at W, by which the memo of analyses keeps
** it, as the dictionaries keep theirs. */
uint32_t hd_token_hash(const char *w, size_t n);

/* Analyses of the folded word W (N bytes) against dictionary D, at most MAX,
** written to OUT; returns how many.  The unpeeled reading comes first.  O
** (may be NULL) leads back to the original letters, so that an alef with
** hamza is not read as the article and a teh marbuta not as a pronoun. */
size_t hd_analyze(const hd_dict *d, const char *w, size_t n, const hd_origin *o, hd_analysis *out, size_t max);

/* A memo of analyses, since news repeats its words: the analyses of a word
** depend only on its folded letters and on which of them folding changed
** (alefs with hamza, teh marbuta), so both make the key.  One per coder,
** each used by one thread at a time: each distinct word is analysed once
** in a run (up to half a million words, so that memory stays bounded). */
typedef struct hd_analysis_cache hd_analysis_cache;

hd_analysis_cache *hd_analysis_cache_new(void);
void hd_analysis_cache_free(hd_analysis_cache *cache);

/* A memo that keeps its words in the same table as WITH (over the same
** dictionary), so that threads coding with the two analyse each word once
** between them; the table lasts until the last memo that uses it is freed.
** Share before either is used.  NULL when out of memory. */
hd_analysis_cache *hd_analysis_cache_share(hd_analysis_cache *with);

/* As hd_analyze, through CACHE (which must serve one dictionary only). */
size_t hd_analyze_cached(hd_analysis_cache *cache, const hd_dict *d, const char *w, size_t n, const hd_origin *o,
                         hd_analysis *out, size_t max);

/* The same, given HASH, the hd_token_hash() of W that hd_next_token_hash()
** made. */
size_t hd_analyze_memo(hd_analysis_cache *cache, const hd_dict *d, const char *w, size_t n, uint32_t hash,
                       const hd_origin *o, hd_analysis *out, size_t max);

/* The analyses of the N tokens T of the folded TEXT (MAP leads each byte
** back to ORIGINAL), through CACHE: the same as hd_analyze_memo() on each
** word token in turn (other tokens get none), written from OUT on, which
** has room for HD_MAX_ANALYSES a token.  Sets each token's ana (counted
** from OUT) and nana, and returns how many analyses were written.  The
** memo's lookups of a few words at a time are overlapped, since each is
** mostly a wait for memory. */
size_t hd_analyze_tokens(hd_analysis_cache *cache, const hd_dict *d, const char *text, const char *original,
                         const uint32_t *map, hd_token *t, size_t n, hd_analysis *out);

#endif
