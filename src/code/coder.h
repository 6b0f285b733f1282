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
#define HD_MAX_SPEECH 16                /* verbs of saying noted in one sentence */
#define HD_NAME_WORDS 6                 /* words of the speaker's name remembered for the sentences after */
#define HD_NAME_BYTES 40                /* ... and the bytes of each, at most */

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
  uint8_t again;                 /* a person named by the last word of the name the article gave with a title */
  char code[HD_CODE_MAX];
  const hd_entry *why[4];        /* entries that made it, for explain */
} hd_actor;

typedef struct hd_place {
  uint32_t tok_start, tok_end;   /* the place as the text names it */
  char country[4];
  uint8_t kind;                  /* HD_ENT_NAME, HD_ENT_CAPITAL, HD_ENT_PLACE or HD_ENT_ADJ */
} hd_place;

/* Clauses (clauses.c).  A clause is a set of tokens, mostly a run: a
** relative clause or brackets may interrupt the clause around them. */
enum {
  HD_CLAUSE_MAIN,        /* the sentence's own */
  HD_CLAUSE_COORD,       /* و or ف and a verb: shares the subject before when it names none */
  HD_CLAUSE_RELATIVE,    /* الذي، التي: its subject is the noun before */
  HD_CLAUSE_COMPLEMENT,  /* أن، إن after a verb: what is said, asked, denied */
  HD_CLAUSE_ADVERBIAL,   /* حيث، فيما، بعد أن: a clause of its own */
  HD_CLAUSE_CONDITION,   /* إذا، لو، في حال: what may happen */
  HD_CLAUSE_QUOTE,       /* between quotation marks */
  HD_CLAUSE_PAREN        /* between brackets */
};

typedef struct hd_clause {
  uint32_t start, end;   /* its first token (the opener) and one past its last */
  uint32_t opener;       /* the token that opens it */
  int32_t parent;        /* the clause it hangs from; -1 for the main clause */
  int32_t governor;      /* the token of the verb it complements (قال، هدد), or -1 */
  int32_t antecedent;    /* a relative clause: the group before its pronoun, or -1 */
  int32_t prev;          /* a coordinated clause: the clause before, or -1 */
  int32_t subject;       /* the source of its first event, once coded, or -1 */
  int32_t object;        /* the target of its first event with one, or -1 */
  uint32_t events;       /* events coded in it */
  uint32_t planned;      /* ... of them planned */
  int32_t planner;       /* the source of its first planned event (a group), or -1 */
  int32_t planned_target;/* ... and its target, or -1 */
  char planned_code[8];  /* ... and its code */
  char unreal_code[8];   /* the code of its first event that may be or is not */
  uint32_t alleged;      /* events coded in it that are alleged ("دليلا على أن الجيش شن") */
  uint32_t background;   /* ... and that are background */
  uint32_t history;      /* ... of them told by a verb in the past as what had happened (not as what words
                         ** are about, nor over a span of time) */
  hd_day history_day;    /* ... the day of the last of them that has one, or HD_NO_DAY */
  uint32_t history_last; /* ... the last word of the last of them */
  uint32_t unreal;       /* ... and that are hypothetical or negated ("نرفض أي مفاوضات") */
  int32_t accused;       /* the source of its first alleged event (a group), or -1 */
  int32_t accused_by;    /* ... and the token of the word that made it alleged, or -1 */
  uint8_t speaker;       /* its subject spoke: a verb of saying, an appeal, a statement */
  uint8_t subject_root;  /* the CAMEO root of the event that gave it its subject, 0 when none did */
  char subject_code[8];  /* ... and its code, when it was violence (root 18 to 20) */
  uint8_t subject_noun;  /* ... an event named by a noun ("الضربات التي نفذتها"), not told by a verb */
  uint8_t object_root;   /* the same of its object */
  int32_t violent_source;/* the source of its last event of violence (roots 18 to 20), -1 when none was named */
  uint32_t violent_last; /* ... the token of that event's last word */
  char violent_code[8];  /* ... and its code ("" when it had none) */
  uint8_t kind;          /* HD_CLAUSE_* */
} hd_clause;

/* Where token I stands from clause CL (hd_scope). */
enum { HD_OUTSIDE, HD_IN_CLAUSE, HD_NESTED, HD_BELOW };

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
  hd_norm title_norm;            /* the folded title, kept while the article is read for its claims */
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
  hd_clause *clauses; size_t nclauses, clauses_cap;
  int32_t *clause_at; size_t clause_at_cap; /* token -> clause index */
  struct { uint32_t verb; int32_t speaker; const hd_pattern *p; } speech[HD_MAX_SPEECH];   /* speech.c; speaker -1: the prior subject; p: the statement pattern read at the verb, or NULL */
  size_t nspeech;

  /* per article */
  hd_day ref;
  char parties[HD_MAX_PARTIES][HD_CODE_MAX];
  size_t nparties;
  char setting[4];               /* the country the article is set in, or "" */
  char named_group[HD_CODE_MAX]; /* the militant group (IMG...) the article named last, or "" */
  char named_rebels[HD_CODE_MAX]; /* the rebel group (YEMREBHTH...) the article has named most, or "" */
  char named_forces[HD_CODE_MAX]; /* the forces or police of a state (ISRMIL, IRQCOP) the article named last, or "" */
  char forces_lands[8][4];       /* the countries whose army (MIL) the article has named, by its name or by its role alone ("قوات الجيش": of the land it was named with, or the article's setting) */
  size_t nforces_lands;
  struct { char code[HD_CODE_MAX]; uint32_t n; } rebels[8];   /* the rebel groups it has named, and how often */
  size_t nrebels;
  char subject[HD_CODE_MAX];     /* the speaker of the last sentence that named one, or "" */
  int subject_his;               /* ... named by a title of a man ("الرئيس"، "وزير"، "المتحدث") */
  int subject_gender;            /* ... the gender of the verb that named it (hd_saying_gender), 0 none */
  char subject_name[HD_NAME_WORDS][HD_NAME_BYTES];   /* ... the words (folded) of its name where it was named */
  size_t nsubject_name;
  int unknown_speaker;           /* this sentence's speaker is one the dictionaries do not know */
  struct { char word[HD_NAME_BYTES], first[HD_NAME_BYTES]; char code[HD_CODE_MAX]; const hd_entry *why[2]; } persons[16];   /* the last word of a name given with a title ("وزير الخارجية الهولندي ستيف بلوك") and the actor it named */
  size_t npersons, next_person;
  struct { const hd_entry *body; uint32_t head, seq; char country[4]; } named[16];   /* the country each word of a state body was last named with; head: the word it opens with */
  size_t nnamed;
  uint32_t named_seq;            /* how many namings note_named() has noted */
  struct { char word[HD_NAME_BYTES]; char code[HD_CODE_MAX]; int sentence; } attacks[8];   /* the nouns of acts of violence the article has named a doer with ("شنت مقاتلات التحالف غارات": غار, SAUMIL), for the same noun with the article after */
  size_t nattacks, next_attack;
  struct { char code[8]; char source[HD_CODE_MAX]; char target[4]; int sentence; } kind;   /* the last act of violence of a specific kind (a bombing, a suicide attack, a chemical one) the article told as news, its doer and the country it struck ("" none) */
  struct { char code[HD_CODE_MAX]; int sentence; } claims[4];   /* who the article says claimed an attack ("وأعلن تنظيم داعش مسؤوليته عن الهجوم"), found before its sentences are coded (hd_code_article()) */
  size_t nclaims;
  int prescan;                   /* set while the article is read for its claims, nothing reported */
  char attacker[HD_CODE_MAX];    /* who the article has named striking a country, or "" */
  char attacked[4];              /* and that country */
  char air_struck[4];            /* the country the article has last told struck from the air (195), or "" */
  char fought[2][HD_CODE_MAX];   /* the doer and the struck of the last fighting the article has named between a country's forces and an armed group of it ("YEMMIL", "YEMREBHTH"), or "" */
  int sentence;
  unsigned long total_sentences;
  size_t sent_start, sent_end;   /* folded span of the sentence */
  int heading;                   /* a line of the body like a heading (heading_line()); 2: the rest of a link's line */
  int link_alone;                /* the sentence was a link's word alone ("قد يهمك.."): the rest of its line is a link */
  int in_title;                  /* the article's own title is being coded */
  size_t title_len;              /* bytes of the text that are its title (a text that opens with it), or 0 */
  int title_sentence;            /* the sentence is of the article's title (in_title, or within title_len) */
  int body_sentences;           /* the sentences of the article's body coded before this one */

  /* the event being emitted */
  hd_buf out[HD_FIELD_COUNT];
  char seen[HD_MAX_SENTENCE_EVENTS][HD_CODE_MAX * 2 + 8];   /* "SOURCE|TARGET|CODE" */
  uint8_t seen_realis[HD_MAX_SENTENCE_EVENTS];
  uint8_t seen_main[HD_MAX_SENTENCE_EVENTS];   /* made by the sentence's main clause */
  size_t nseen;
  hd_event ev;
  hd_event_fn fn;
  void *user;
  unsigned realis_mask;          /* hd_coder_set_realis(); 0 for the default */
  int incomplete;                /* hd_coder_set_incomplete() */
  char id[17];
  int stop;
};


/* Reach of the patterns, in words (quotes and brackets do not count). */
#define GAP 4            /* words allowed between pattern elements */
#define BEFORE_GAP 3     /* words allowed between a subject and its verb */
#define TRAILING_GAP 2   /* words allowed before the slots that end a pattern */
#define SPAN_DAYS 7      /* violence since a day this long before its article is a toll, not news of the day */

#define GROW(c, arr, n) hd_grow((void **)&(c)->arr, &(c)->arr##_cap, (n), sizeof *(c)->arr)

static inline const char *tok_text(const hd_coder *c, const hd_token *t) { return c->norm.text + t->start; }

static inline size_t tok_len(const hd_token *t) { return t->end - t->start; }

/* Quotes and brackets do not count as words between pattern elements. */
static inline int is_transparent(const hd_token *t) {
  return t->kind == HD_TOK_PUNCT && (t->punct == '"' || t->punct == '\'' || t->punct == '(' || t->punct == ')');
}

/* Punctuation that ends a reach of words: any but a comma, a quote or a bracket. */
static inline int is_stop(const hd_token *t) { return t->kind == HD_TOK_PUNCT && t->punct != ',' && !is_transparent(t); }

/* What decided an event's realis, for explain: a marker of the
** dictionaries at TOKEN, or a RULE of the grammar; both empty for actual. */
typedef struct hd_realis_why {
  const hd_marker *marker;
  const char *rule;
  size_t token;
  int undated;                 /* a toll or a state over a span of time: no day is its own */
  int topic;                   /* an act named as what words are about: it happened, told as history */
  int said;                    /* what words told as history say, token the verb of saying */
  int goes_on;                 /* it goes on telling the history of clause goes_on - 1 (its day is that one's) */
  int decided;                 /* a decision announced to come: done by the announcing, token the verb that announced it */
} hd_realis_why;

typedef struct hd_match {
  const hd_pattern *p;
  size_t anchor, last;         /* first and last word tokens */
  uint32_t words[HD_PHRASE_WORDS];  /* tokens of the pattern's words */
  size_t nwords;
  int source, target;          /* group indexes, -1 when empty */
  int victim;                  /* the victim before a passive reading, kept while a slot holds the target */
  int passive_parties;         /* the source is the article's parties */
  int implicit_source;         /* the source is the pattern's @source= code */
  int noun;                    /* the anchor carries the article: a verbal noun */
  int source_before;           /* the source is the actor before the anchor, not a slot's */
  int attacker;                /* the source is named after a noun of violence: 1 a nisba, 2 after ل */
  int agent;                   /* the source is named after an agent word ("على يد"، "أطلقتها") */
  int target_near;             /* the target is only the actor after the pattern's words */
  int one_way;                 /* the target was named as the victims: fighting "مع" one side is not mutual */
  int sides;                   /* the source is the sides named after a far بين: each acts on the other */
  size_t side_actor;           /* 1 + the one actor of the source group that acts (hd_clash_sides), or 0 for all */
  int carried;                 /* a plural verb with no subject before it: a pronoun's */
  const char *prior;           /* no source here: the subject of the sentence before ("وأضاف") */
  const char *cause;           /* deaths that resulted: the code of the violence they resulted from, or NULL */
  int implied;                 /* an event that naming an actor reports (@event=): no verb of its own */
  int plan_intent;             /* the intent to meet (036) a meeting to come stands for: it sets no parties */
  char authority[HD_CODE_MAX]; /* the source when the text leaves it to the state: "اعتقل المعارض" */
  char target_code[HD_CODE_MAX]; /* no target group: the country of a place ("زار موسكو"), or the group that held a place taken; or "" */
  int counted;                 /* ... or "CVL", the victims named by a count alone ("مقتل 200"), of the place's country */
  uint32_t target_from, target_to;   /* ... and the place's tokens */
  int this_week;               /* its own date is a day of the week or "اليوم", read as past or today */
  hd_day month;                /* the month its words name without a day ("آذار/مارس 2016"), else HD_NO_DAY */
  int month_part;              /* ... a part of the reference month ("مطلع شباط"), MONTH the last day it reaches */
  hd_day since;                /* the day a span its words name begins ("منذ 30 آذار/مارس"), else HD_NO_DAY */
  int since_recent;            /* of violence: a day within a week of the article follows a منذ after its words ("منذ افتتاح السفارة الاثنين") */
  hd_realis realis;            /* whether it happened (realis.c) */
  hd_realis_why realis_why;    /* and why, for explain */
  const char *why_not;         /* for explain, when no event results */
} hd_match;

/* The CAMEO root of an event code: "1831" is 18. */
static inline int root_of(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

static inline int quad_of(const char *code) {
  int r = root_of(code);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

typedef struct hd_party {
  const char *code;
  size_t tok_start, tok_end;   /* evidence; empty for the frame's parties */
  int bare;                    /* a role that takes the country of the place */
} hd_party;

typedef struct hd_dated {
  size_t tok_start, tok_end;
  hd_day day;
  int opens;                   /* it opens the sentence, set apart by a comma or a colon */
  int relative;                /* a day named by the week or "اليوم", not by the calendar */
  int month;                   /* a month without its day, or a time ago: DAY only places it */
  int since;                   /* it follows منذ: DAY is where a span begins, no event's day */
  int past_only;               /* a month after the reference month, named alone: of a verb in the past only */
  int part;                    /* the start or the middle of the reference month ("مطلع شباط"): DAY is the last it reaches */
  int ago;                     /* days or weeks ago ("قبل يومين"): of an event of its own clause only */
  int lead;                    /* days or weeks between the clause and the event named right after it ("بعد أسبوع من القمة"): of that event only */
} hd_dated;

/* ------------------------------------------------------------------ */
/* The stages of coding a sentence, one file each, in the order they run */

/* words.c */
/* Is the N bytes at T the string W?  (strncmp stops at the first
** difference, so no strlen is paid for each of the many calls; the first
** two bytes, which tell most Arabic words apart, are tried without a
** call.) */
static inline int hd_text_is(const char *t, size_t n, const char *w) {
  if (n == 0) return w[0] == 0;
  if (t[0] != w[0] || w[0] == 0 || (n >= 2 && t[1] != w[1])) return 0;
  return strncmp(t, w, n) == 0 && w[n] == 0;
}
/* Is token I the word W? */
static inline int hd_tok_is(const hd_coder *c, size_t i, const char *w) {
  return i < c->ntokens && hd_text_is(tok_text(c, &c->tokens[i]), tok_len(&c->tokens[i]), w);
}
int hd_tok_in(const hd_coder *c, size_t i, const char *const *words, size_t n);
/* Can token I be a word of a person's name (no function word, marker or day)? */
int hd_name_word(const hd_coder *c, size_t i);
/* Does token I begin the title of a man (رئيس، وزير، المتحدث)? */
int hd_his_title(const hd_coder *c, size_t i);
/* ... or of a woman (وزيرة، المتحدثة)? */
int hd_person_title(const hd_coder *c, size_t i);
int hd_day_word(const hd_coder *c, size_t i);
const hd_marker *hd_find_marker(const hd_coder *c, size_t i, int kind);
/* The marker of KIND that starts at token I, or NULL; the token's bits
** answer most asks without a call. */
static inline const hd_marker *hd_marker_here(const hd_coder *c, size_t i, int kind) {
  return c->tokens[i].marks >> kind & 1 ? hd_find_marker(c, i, kind) : NULL;
}
/* Tokens in the marker of KIND that starts at token I; 0 when none does. */
static inline size_t hd_marker_at(const hd_coder *c, size_t i, int kind) {
  const hd_marker *mk = hd_marker_here(c, i, kind);
  return mk ? mk->nwords : 0;
}
/* The first token of the sentence that starts a marker of KIND, or -1. */
long hd_marker_in_sentence(const hd_coder *c, int kind);
int hd_tokenize(hd_coder *c, size_t start, size_t end, size_t *stop);
int hd_is_count(const hd_coder *c, size_t i);
int hd_reading_with(const hd_coder *c, size_t i, unsigned flag);
/* Does a reading of token I anchor a pattern of violence (roots 18 to 20)? */
int hd_violence_word(const hd_coder *c, size_t i);
int hd_striking_word(const hd_coder *c, size_t i);
/* Is one of the COUNT WORDS among the REACH words right before token I, with
** nothing but words between? */
int hd_word_before(const hd_coder *c, size_t i, size_t reach, const char *const *words, size_t count);
int hd_participle_word(const hd_coder *c, uint32_t word);
size_t hd_words_in(const hd_coder *c, size_t from, size_t to);
size_t hd_words_start(const hd_coder *c, size_t at, size_t reach);
int hd_has_preposition(const hd_coder *c, size_t i);
int hd_sentence_initial(const hd_coder *c, size_t i);
int hd_opens_sentence(const hd_coder *c, size_t i);   /* nothing but punctuation before token I */
int hd_ends_in(const hd_coder *c, size_t i, const char *suffix);
/* Is group G named as the one who tells ("بحسب الشرطة"، "وفقا للمرصد")? */
int hd_named_as_teller(const hd_coder *c, int g);
/* "التحالف الذي تقوده السعودية": who leads a party stands for it. */
void hd_leader_stands_for(const hd_coder *c, hd_match *m);
/* The speaker's own state named as owner of a noun of the pattern is no
** target: the one after ل is ("أكد دعم الأردن الكامل للشعب الفلسطيني"). */
void hd_own_possessor(const hd_coder *c, hd_match *m);
/* The request at which the clause's subject acts (بطلب من، بناء على طلب), and
** its maker as the source. */
int hd_at_request(const hd_coder *c, const hd_match *m);
void hd_request_maker(const hd_coder *c, hd_match *m);
/* "ردا على إطلاق صواريخ": the act answered is not the answerer's. */
void hd_answered_act(const hd_coder *c, hd_match *m);
/* The token of the word of answering (an `answer` marker) that governs the
** event at ANCHOR, or -1. */
long hd_answered_by(const hd_coder *c, size_t anchor);
/* "تدين الهجوم على دوما": condemning an act of violence (@doer) is aimed
** at whoever did it, not at where or whom it struck. */
void hd_condemned_doer(const hd_coder *c, hd_match *m);
/* "تدور معارك ... في محيط المدينة بين X وY": the sides named after بين. */
void hd_sides_between(const hd_coder *c, hd_match *m);
/* "قتل شخص خلال اشتباكات عنيفة مع قوات الأمن": the side of fighting that is not the victims'. */
void hd_clash_sides(const hd_coder *c, hd_match *m);
int hd_has_role(const char *code, const char *role);
int hd_state_body(const char *code);
/* The country the article last named the state body of bare actor A with
** ("وزارة الخارجية الفلسطينية" ... "الوزارة"), or NULL. */
const char *hd_named_country(const hd_coder *c, const hd_actor *a);
const char *hd_after_conj(const hd_coder *c, size_t i, size_t *n);
int hd_object_pronoun(const hd_coder *c, size_t i);

/* actors.c */
int hd_find_mentions(hd_coder *c);
/* Can mention M be read as entry E: written with the article (or called
** by يا, which drops it) if E is a name of one word the dictionary writes
** with it, without it if E is one written without? */
int hd_entry_reads(const hd_coder *c, const hd_mention *m, const hd_entry *e);
void hd_join_code(char *dst, const char *a, const char *b);
void hd_country_role(char *dst, const char *code, const char *role);
int hd_is_international(const char *code);
int hd_find_actors(hd_coder *c);
/* The armed group the article has named most (REB), of any country or of CODE's; NULL when none. */
const char *hd_armed_group(const hd_coder *c);
const char *hd_armed_group_of(const hd_coder *c, const char *code);

/* clauses.c */
int hd_find_clauses(hd_coder *c);
/* Is token I a verb (a pattern anchor with imperfect forms that does not
** look like a noun, or a verb of saying)? */
int hd_is_verb(const hd_coder *c, size_t i);
/* The last verb of clause CL before token END, or SIZE_MAX. */
size_t hd_verb_before(const hd_coder *c, int cl, size_t end);
/* Is the verb at VERB one of telling someone (أبلغ، أخبر)? (speech.c) */
int hd_tells(const hd_coder *c, size_t verb);
/* Where token I stands from clause CL: HD_IN_CLAUSE, HD_NESTED (in a
** relative clause or brackets inside CL, to be passed over), HD_BELOW (in
** another clause inside CL: what CL's verb says or asks, a condition, a
** clause coordinated with it) or HD_OUTSIDE. */
int hd_scope(const hd_coder *c, int cl, size_t i);
int hd_clause_within(const hd_coder *c, int in, int cl);
int hd_coordinated(const hd_coder *c, int in, int cl);
/* May a pattern or an argument of clause CL go on at token I?  In CL or
** in a clause coordinated with it ("قتل ... وأصيب"): yes (1); in a
** relative clause or brackets inside CL: pass over it (0); elsewhere: no
** (-1). */
int hd_reach(const hd_coder *c, int cl, size_t i);
const char *hd_clause_name(int kind);

/* patterns.c */
int hd_is_weak(const hd_coder *c, int g);
int hd_subject_before(const hd_coder *c, size_t anchor, int adjacent_only);
int hd_document_after(const hd_coder *c, size_t anchor);   /* "ودعا البيان X": a document as the verb's subject */
int hd_has_slot(const hd_pattern *p, int kind);
int hd_best_match(hd_coder *c, size_t i, hd_match *best);

/* arguments.c */
void hd_default_source(const hd_coder *c, hd_match *m);
void hd_meeting_possessor(const hd_coder *c, hd_match *m);
void hd_meeting_brought(const hd_coder *c, hd_match *m);
void hd_default_target(const hd_coder *c, hd_match *m);
void hd_protesters_from(const hd_coder *c, hd_match *m);
void hd_introduced_target(const hd_coder *c, hd_match *m);
void hd_members(const hd_coder *c, hd_match *m);
void hd_victims_not_source(const hd_coder *c, hd_match *m);
void hd_reporter_not_doer(const hd_coder *c, hd_match *m);
void hd_backer_not_party(const hd_coder *c, hd_match *m);
void hd_visited_country(const hd_coder *c, hd_match *m);
void hd_shared_subject(const hd_coder *c, hd_match *m);
void hd_shared_object(const hd_coder *c, hd_match *m);
/* The subject of the verb at token I that no pattern read; SAID: it is a
** verb of saying, whose speaker may stand a few words after it. */
int hd_subject_of(const hd_coder *c, size_t i, int said);
void hd_frame_source(const hd_coder *c, hd_match *m);
void hd_result_source(const hd_coder *c, hd_match *m);
int hd_state_force(const char *code);
/* Is the word at VERB a verb of a position held that opens its relative clause? */
int hd_standing_relative(const hd_coder *c, size_t verb);
int hd_armed_actor(const char *code);
int hd_result_verb(const hd_coder *c, size_t i);
void hd_denied_accuser(const hd_coder *c, hd_match *m);
void hd_possessor_attacker(const hd_coder *c, hd_match *m);
void hd_claimed_attack(const hd_coder *c, hd_match *m);
void hd_means_of_violence(const hd_coder *c, hd_match *m);
void hd_fighting_of_subject(const hd_coder *c, hd_match *m);
void hd_struck_by_means(const hd_coder *c, hd_match *m);
void hd_speakers_own_act(const hd_coder *c, hd_match *m);
void hd_not_neighbour(const hd_coder *c, hd_match *m);
/* Is group G named in the accusative ("أصاب شابا أفغانيا"): the object of a verb? */
int hd_accusative(const hd_coder *c, int g);
/* Is the actor at token TOK named as the one an act is for or against (after ل، على، ضد، إلى...)? */
int hd_addressed(const hd_coder *c, size_t tok);
/* Does token TOK follow the word إلى، على، ضد، بحق، تجاه or نحو? */
int hd_after_object_prep(const hd_coder *c, size_t tok);
void hd_authority_source(hd_coder *c, hd_match *m);
void hd_place_target(hd_coder *c, hd_match *m);

/* realis.c */
int hd_is_negation(const hd_coder *c, size_t anchor);
/* Is token I right after a word of negation (لم لن لا عدم دون بدون ليس),
** not one of stopping ("وقف تدخلات إيران" still blames)? */
int hd_negated_word(const hd_coder *c, size_t i);
int hd_past_year_at(const hd_coder *c, size_t i);
int hd_affiliation_at(const hd_coder *c, size_t i);   /* actors.c */
int hd_is_denied(const hd_coder *c, size_t anchor);
int hd_is_foiled(const hd_coder *c, size_t anchor);
/* Is token I a verb in the past: a verb, not in the imperfect? */
int hd_past_verb(const hd_coder *c, size_t i);
/* Does token I begin, past و or ف, with the imperfect's يـ (يلتقي، ويبحث)? */
int hd_imperfect(const hd_coder *c, size_t i);
/* Does the article itself tell M, a meeting to come, so that it is also an
** intent to meet (036)? */
int hd_told_plan(const hd_coder *c, const hd_match *m);
/* The realis of the event of M; OWN_DAY is the date its clause gives it,
** HD_NO_DAY when it gives none. */
hd_realis hd_realis_of(const hd_coder *c, const hd_match *m, hd_day own_day, hd_realis_why *why);
/* Did the event of M, told as background, tell what had happened, so that
** what its clause goes on to tell is history too: by a verb in the past,
** not as a frame of the news ("بعد أيام من إعلان ... طرد"), what words
** are about, nor over a span of time? */
int hd_tells_history(const hd_coder *c, const hd_match *m);

/* speech.c */
/* Notes the verb of saying at token VERB and its speaker, who becomes its
** clause's subject; P is the statement pattern read there, or NULL, and
** SOURCE the group it found as its source, or -1. */
void hd_note_speech(hd_coder *c, size_t verb, const hd_pattern *p, int source);
/* The code of the speaker of the verb of saying noted at token VERB, or
** NULL when none is noted there or it is no single plain actor. */
const char *hd_speaker_at(const hd_coder *c, size_t verb);
/* The gender of the verb of saying at token I: 1 masculine, 2 feminine, 0 none. */
int hd_saying_gender(const hd_coder *c, size_t i);
/* Is clause K the sentence's main clause or a verb joined to it, up to the top? */
int hd_told_clause(const hd_coder *c, int k);
/* May the verb at VERB, naming no subject, go on with the sentence before's speaker? */
int hd_goes_on(const hd_coder *c, size_t verb);
/* The group a colon at token COLON labels as the speaker of what follows
** ("ترامب: ..."): the one actor before it, from the sentence's start; a
** person or a body, not a country alone (a title's "الأردن:" labels
** where it is set); else -1. */
int hd_label_speaker(const hd_coder *c, size_t colon);
void hd_note_label(hd_coder *c, size_t colon);
/* Codes a statement (010) for each verb noted whose words hold no event;
** DATE_OF decides a match's realis and returns its date. */
int hd_code_statements(hd_coder *c, hd_day (*date_of)(hd_coder *, hd_match *, void *), void *user);

/* events.c */
int hd_is_generic_violence(const char *code);
int hd_code_match(hd_coder *c, const hd_match *m, hd_day day);

/* explain.c */
void hd_explain_marker(const hd_coder *c, size_t i, int kind, const char *role, int g);
void hd_explain_tokens(hd_coder *c);
void hd_explain_actors(hd_coder *c);
void hd_explain_clauses(hd_coder *c);
void hd_explain_realis(hd_coder *c, const hd_match *m);
void hd_explain_match(hd_coder *c, const hd_match *m, const char *verdict);

/* gaps.c */
void hd_report_gap(hd_coder *c, int kind, size_t i);
void hd_report_silent_sentence(hd_coder *c);

#endif
