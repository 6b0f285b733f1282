/*
** coder.h: the state of one coder: its dictionary, the buffers it reuses
** from sentence to sentence, and the frame it keeps across an article.
*/
#ifndef HD_CODER_H
#define HD_CODER_H

#include <stdio.h>
#include "common.h"
#include "date/date.h"
#include "dict/dict.h"
#include "normalize/normalize.h"
#include "tokenize/tokenize.h"

#define HD_MAX_SENTENCE_TOKENS 1024  /* a longer sentence is coded in pieces */
#define HD_MAX_PARTIES 8
#define HD_MAX_GROUP 16              /* members of one compound actor */
#define HD_MAX_SENTENCE_EVENTS 64
#define HD_MAX_ANCHORED 512             /* patterns tried at one word */

typedef struct hd_mention {
  uint32_t tok_start, tok_end;   /* tokens [start, end) */
  uint32_t node;                 /* trie node with entries */
  uint8_t clitics;               /* HD_CL_* flags of the first token */
} hd_mention;

enum { HD_ACT_PLAIN = 0, HD_ACT_PARTIES = 1 };

typedef struct hd_actor {
  uint32_t tok_start, tok_end;
  uint32_t group;                /* actors joined by و share a group */
  uint8_t kind;                  /* HD_ACT_* */
  uint8_t clitics;               /* of its first token: joined by و? */
  uint8_t bare;                  /* a role with no country: takes the place's */
  uint8_t weak;                  /* a nisba on a common noun ("المقترح الإسرائيلي"): a target only */
  char code[HD_CODE_MAX];
  const hd_entry *why[4];        /* entries that made it, for explain */
} hd_actor;

typedef struct hd_place {
  uint32_t tok_start, tok_end;   /* the place as the text names it */
  char country[4];
} hd_place;

typedef struct hd_group {
  uint32_t first, count;         /* actors [first, first + count) */
  uint32_t tok_start, tok_end;
} hd_group;

#define HD_MAX_SPANS 8    /* pieces of one part of an event */

struct hd_event {
  const char *field[HD_FIELD_COUNT];
  int sentence, quad;
  double goldstein;
  hd_realis realis;
  int mutual;
  uint32_t span[HD_PART_COUNT][HD_MAX_SPANS][2];   /* byte offsets into the text */
  uint8_t nspans[HD_PART_COUNT];
};

struct hd_coder {
  const hd_dict *dict;
  hd_day fallback;
  hd_skip skip;
  FILE *explain;                 /* set while explaining */
  /* set while looking for gaps: called with a kind (0 an actor position,
  ** 1 a sentence without events), folded words and the sentence */
  void (*gap)(void *user, int kind, const char *w, size_t n, const char *sentence, size_t len);
  void *gap_user;

  hd_norm norm;                  /* the folded article */
  hd_analysis_cache *cache;      /* analyses of words seen before */
  const char *original;          /* the article text, for evidence */
  const char *doc;

  /* per sentence, reused */
  hd_token *tokens; size_t ntokens, tokens_cap;
  hd_analysis *ana; size_t nana, ana_cap;
  hd_mention *mentions; size_t nmentions, mentions_cap;
  hd_actor *actors; size_t nactors, actors_cap;
  hd_group *groups; size_t ngroups, groups_cap;
  hd_place *places; size_t nplaces, places_cap;
  uint8_t *used; size_t used_cap;        /* tokens consumed by a pattern */
  uint8_t *targeted; size_t targeted_cap; /* groups that are the target of an event */
  int32_t *actor_at; size_t actor_at_cap; /* token -> group index or -1 */

  /* per article */
  hd_day ref;
  char parties[HD_MAX_PARTIES][HD_CODE_MAX];
  size_t nparties;
  char setting[4];               /* the country the article is set in, or "" */
  int sentence;
  unsigned long total_sentences;
  size_t sent_start, sent_end;   /* folded span of the sentence */

  /* the event being emitted */
  hd_buf out[HD_FIELD_COUNT];
  char seen[HD_MAX_SENTENCE_EVENTS][HD_CODE_MAX * 2 + 8];
  size_t nseen;
  hd_event ev;
  hd_event_fn fn;
  void *user;
  unsigned realis_mask;          /* hd_coder_set_realis(); 0 for the default */
  char id[17];
  int stop;
};

#endif
