/*
** dict.h: the dictionaries in memory.  Every word of every entry is folded
** and interned once, so matching compares small integers: a phrase trie
** keyed by (node, word) finds noun phrases, and an anchor index keyed by word
** finds verb patterns.  The structures are built at load time and are
** read-only while coding, so several coders may share them.
*/
#ifndef HD_DICT_H
#define HD_DICT_H

#include <stdint.h>
#include "common.h"
#include "date/date.h"

#define HD_WORD_MAX 64       /* bytes of one folded word */
#define HD_PHRASE_WORDS 16   /* words of one phrase or pattern */
#define HD_CODE_MAX 24       /* bytes of an actor code, NUL included */
#define HD_LINE_MAX 1024     /* bytes of one dictionary line */
#define HD_ALTS_MAX 32       /* alternatives of one pattern word */
#define HD_NO_WORD 0u        /* word id 0 is never a word */
#define HD_WORD_FILTER_BITS (1u << 21)   /* the filter of words: 256 KB, which stays in the cache */
#define HD_WORD_STARTS 1     /* the word begins a phrase */
#define HD_WORD_ANCHORS 2    /* the word anchors a pattern */
#define HD_WORD_MARKS 4      /* the word begins a marker */
#define HD_WORD_VERB 8       /* the word is a verb: a pattern anchor with imperfect forms, or a report verb */
#define HD_WORD_PATTERN 16   /* the word is one of the words of a pattern, or their forms */

typedef enum hd_entry_kind {
  HD_ENT_NAME,       /* country name: the state */
  HD_ENT_ADJ,        /* nisba adjective of a country */
  HD_ENT_CAPITAL,    /* capital: the government when it acts */
  HD_ENT_PLACE,      /* province or city: a location only */
  HD_ENT_ACTOR,      /* named actor with a full code */
  HD_ENT_AGENT,      /* role that combines with a country */
  HD_ENT_STOP,       /* a word that marks a sentence as out of scope (sport) */
  HD_ENT_KIND_COUNT
} hd_entry_kind;

enum {
  HD_AGENT_ALONE = 1,    /* an actor even without a country */
  HD_AGENT_SELF = 2,     /* code "-": the country itself */
  HD_AGENT_PARTIES = 4,  /* "PARTIES": the article's parties */
  HD_ADJ_PEOPLE = 8,     /* an adjective form that names people: الروس، الإسرائيليون */
  HD_DERIVED = 16,       /* a form the loader derived, not a line of its own */
  HD_AGENT_BODY = 32,    /* @body: without a country, the state body of the place, as a target */
  HD_AGENT_NAMED = 64,   /* "NAMED": the militant group the article last named */
  HD_DEFINITE = 128,     /* read only when written with the article: @definite actors (الاحتلال, not احتلالها),
                            and countries' names of one word written with it (الخليل, not خليل) */
  HD_AGENT_POSTED = 256, /* @posted: a diplomat or mission; the country after لدى or في right after it is where it serves */
  HD_AGENT_PORTFOLIO = 512, /* @portfolio: a minister or ministry; an adjective of a country after its portfolio is its own */
  HD_AGENT_GROUP = 1024,    /* @group: with the article and no country, the armed group of its role the article has named most */
  HD_AGENT_NONE = 2048,     /* "NONE": words that name no actor, though a shorter agent begins them */
  HD_AGENT_HEAD = 4096,     /* @head: a head's title; in construct with a noun that names no state, it heads that, not the state */
  HD_AGENT_POST = 8192,     /* @post: a post of a state's forces; no actor, but violence at it struck those forces */
  HD_BARE = 16384           /* actors: a name of one word written without the article, never read from a word that carries it */
};

#define HD_NO_GEO INT32_MIN  /* a place without coordinates */
#define HD_GEO_UNIT 1e5      /* coordinates are kept in 1e-5 degree (about a metre) */

typedef struct hd_entry {
  uint8_t kind;              /* hd_entry_kind */
  uint16_t flags;            /* HD_AGENT_* */
  uint8_t nwords;
  char code[HD_CODE_MAX];
  hd_day from, to;           /* office dates, HD_NO_DAY when open */
  uint16_t file;             /* index into hd_dict.files */
  uint32_t line;
  uint32_t next;             /* next entry of the same trie node, 0 = none */
  char implies[6];           /* agents: @event=CODE, the event naming them reports */
  char in[13];               /* actors: @in=YEM,SAU: only where the text is set in one of these */
  int32_t lat, lon;          /* @geo=LAT,LON of a place, in 1e-5 degree, or HD_NO_GEO */
} hd_entry;

enum { HD_PAT_WORD, HD_PAT_SOURCE, HD_PAT_TARGET };
enum { HD_PAT_SYM = 1, HD_PAT_PASSIVE = 2, HD_PAT_VICTIM = 4, HD_PAT_NONE = 8, HD_PAT_UNDERGO = 16, HD_PAT_DOER = 32,
       HD_PAT_OFFICIAL = 64, HD_PAT_SUBJECT_AFTER = 128 };   /* @sym @passive @victim @none @undergo @doer @official @subject_after */

typedef struct hd_pat_elem {
  uint8_t kind;               /* HD_PAT_* */
  uint16_t nalts;             /* word ids of HD_PAT_WORD, with derived forms */
  uint32_t alts;              /* ... at hd_dict.alts[alts] */
  uint32_t sig;               /* hd_pat_sig_bit() of each of them: a word whose bit is not set is none */
} hd_pat_elem;

/* One of 32 bits for word id W, by the high bits of a multiplicative hash. */
static inline uint32_t hd_pat_sig_bit(uint32_t w) { return (uint32_t)1 << (w * 0x9E3779B1u >> 27); }

typedef struct hd_pattern {
  char code[8];
  char default_source[HD_CODE_MAX];  /* @source=CODE: the source when no actor is found */
  char default_target[HD_CODE_MAX];  /* @target=CODE: the target when no actor is found */
  char said[8];                      /* @said=CODE: the event when its source is one who acts by words */
  uint8_t flags;
  uint8_t nelem;
  uint8_t nwords;             /* word elements, the anchor included */
  uint16_t file;
  uint32_t line;
  hd_pat_elem elem[HD_PHRASE_WORDS];
} hd_pattern;

typedef struct hd_cameo {
  char code[8];
  char plover[16];
  char mode[24];
  char context[48];           /* @context=A,B: PLOVER contexts, "" when none */
  double goldstein;
  uint32_t name;              /* offset in hd_dict.strings */
} hd_cameo;

/* [markers]: words that say where a participant stands, whatever the verb;
** words that open clauses; and words that say an event did not (or not
** yet) happen. */
typedef enum hd_marker_kind {
  HD_MARK_ADDRESSEE,   /* the addressee of a protest follows: احتجاجا على، أمام */
  HD_MARK_VICTIM,      /* the victims of violence follow: مقتل، إصابة، استهدف */
  HD_MARK_AGENT,       /* the agent of a passive follows: على يد، من قبل */
  HD_MARK_DENIAL,      /* the event after it is denied: نفى */
  HD_MARK_FOILED,      /* the attack after it was foiled: أحبط، فكك */
  HD_MARK_SIDE,        /* a country or capital after it is a place: شمال، قرب */
  HD_MARK_HOLDER,      /* who holds a place struck or taken follows: تحت سيطرة، يسيطر عليها */
  HD_MARK_CBRN,        /* violence with it uses a weapon of mass destruction: كيماوي، السارين */
  HD_MARK_BOMBING,     /* violence of no named force with it near is a bombing: تفجير، عبوة ناسفة */
  HD_MARK_UNCONVENTIONAL, /* ... is unconventional violence: بسكين، دهس */
  HD_MARK_MISHAP,      /* deaths of no named doer with it near are an accident or a disaster: زلزال، انهيار */
  HD_MARK_TOLL,        /* deaths of no named doer it caused are a toll, not an attack: الحرب، النزاع */
  HD_MARK_INCIDENT,    /* violence of no named doer told as it, on private people of its land, is crime: حادث، حوادث */
  HD_MARK_WEAPON,      /* the nisba after it fired it, and is the attacker: صواريخ، قذائف، بنيران */
  HD_MARK_STRIKE,      /* the nisba right after it struck, and is the attacker: غارة، قصف مدفعي */
  HD_MARK_CLASH,       /* fighting whose sides follow after مع or بين: اشتباكات، مواجهات */
  HD_MARK_PROTEST,     /* a protest, in which people shot by no one named were shot by the forces named last: مظاهرات، مسيرات */
  HD_MARK_AERIAL,      /* aircraft or a strike from the air: مقاتلات، طيران، غارة */
  HD_MARK_LINK,        /* opening a line, before a colon, a link to another article: للمزيد، اقرأ أيضا */
  HD_MARK_ANSWER,      /* the deed after it is the one answered, done before and by another: ردا على */
  HD_MARK_SUPPORT,     /* the actor after it supports the doer of violence, and is not its target: بدعم من، بإسناد */
  /* clauses */
  HD_MARK_RELATIVE,    /* opens a relative clause: الذي، التي */
  HD_MARK_COMPLEMENT,  /* opens what a verb says or asks: أن، إن، بأن */
  HD_MARK_OPENS,       /* opens a clause of its own: حيث، فيما، بعد أن */
  HD_MARK_CONDITION,   /* opens a condition: إذا، لو، في حال */
  HD_MARK_REPORT,      /* a verb of saying: قال، أكد، أضاف */
  HD_MARK_PARTICIPLE,  /* after a comma, acts as its subject did before: داعيا، محذرا، متهما */
  HD_MARK_TITLE,       /* may stand between a verb of saying and its speaker: المتحدث باسم */
  HD_MARK_DISAPPROVE,  /* words said with it criticise or accuse: جرائم، إرهاب، مسؤولية */
  HD_MARK_APPROVE,     /* words said with it praise or welcome: نرحب، إيجابي */
  HD_MARK_THREATEN,    /* words said with it threaten: لن نسمح، سنرد، عواقب */
  HD_MARK_DEMAND,      /* words said with it demand: نطالب، يجب على */
  HD_MARK_APPEAL,      /* words said with it appeal: ندعو، نحث، نناشد */
  HD_MARK_REJECT,      /* words said with it reject: نرفض، لن نقبل، من المستبعد */
  HD_MARK_INTEND,      /* words said with it express an intent to cooperate: مستعدون، سنعمل مع، نتطلع */
  HD_MARK_DENY,        /* words said with it deny: غير صحيح، لا أساس، عار عن الصحة */
  HD_MARK_ADVERSE,     /* words said with it disapprove, but blame no one by it: خطير، كارثة، إرهاب */
  /* realis: what follows it in its clause, or in the clause it opens */
  HD_MARK_PLANNED,     /* to come: سوف، من المقرر، يعتزم */
  HD_MARK_HYPOTHETICAL,/* may be: قد يـ، ربما، من المحتمل */
  HD_MARK_CALLED_FOR,  /* asked for: دعا إلى، طالب بـ، يجب */
  HD_MARK_THREATENED,  /* threatened: هدد بـ، توعد */
  HD_MARK_ALLEGED,     /* claimed of someone: اتهم بـ، زعم */
  HD_MARK_BACKGROUND,  /* told as history: كان قد، سبق أن */
  HD_MARK_STANDING,    /* a position held, in the present, in the body: وتؤكد، ويرى، وتتهم */
  HD_MARK_KIND_COUNT
} hd_marker_kind;

typedef struct hd_marker {
  uint8_t kind;              /* hd_marker_kind */
  uint8_t nwords;
  uint16_t file;
  uint32_t line;
  uint32_t word[HD_PHRASE_WORDS];
  uint32_t next;             /* next marker with the same first word + 1, 0 = none */
} hd_marker;

/* Open-addressing hash tables with 32-bit values; 0 marks an empty slot. */
typedef struct hd_map {
  uint64_t *keys;
  uint32_t *vals;
  size_t cap, count;
} hd_map;

/* 32-bit values by word id, in an array as long as the largest id given
** one (0 = none): a lookup while coding is one read, not a probe. */
typedef struct hd_word_map {
  uint32_t *vals;
  size_t cap;
} hd_word_map;

struct hd_dict {
  /* interned words: id -> offset into pool; pool holds NUL-ended words */
  hd_buf pool;
  uint32_t *word_off;
  uint8_t *word_role;         /* word id -> HD_WORD_* bits, to skip hash probes */
  size_t nwords, word_cap;
  uint64_t *word_slots;       /* hash slots: the word's hash << 32 | its id (0 = empty) */
  size_t word_slot_cap;
  uint64_t *word_filter;      /* HD_WORD_FILTER_BITS bits, two set by each word's hash (NULL: none) */
  hd_buf strings;             /* file names, cameo names */

  /* noun phrase trie: node 0 is the root */
  hd_map trie;                /* (node << 32 | word) -> child node */
  hd_word_map root_child;     /* word -> child of the root (the trie's too) */
  uint32_t *node_first;       /* node -> first entry + 1, 0 = none */
  size_t nnodes, node_cap;
  hd_entry *entries;          /* entry 0 is unused */
  size_t nentries, entry_cap;
  size_t kind_count[HD_ENT_KIND_COUNT];

  /* verb patterns, indexed by anchor word */
  hd_pattern *patterns;
  size_t npatterns, pattern_cap;
  hd_word_map anchors;        /* word -> first anchor link + 1 */
  uint32_t *link_pattern;     /* anchor link -> pattern index */
  uint32_t *link_next;        /* anchor link -> next link + 1, 0 = none */
  size_t nlinks, link_cap, link_next_cap;
  uint32_t *anchor_start;     /* word -> its patterns in anchor_pattern, [start[w], start[w + 1]) */
  uint32_t *anchor_pattern;   /* pattern indexes, a word's side by side, in the order of its links */
  size_t anchor_words, anchor_links;   /* words and links they were made from */
  hd_map cameo_index;         /* packed code -> cameo index + 1 */

  uint32_t *alts;             /* word ids of pattern elements */
  size_t nalts, alts_cap;

  hd_cameo *cameo;
  size_t ncameo, cameo_cap;

  hd_marker *markers;
  size_t nmarkers, marker_cap;
  hd_word_map marker_index;   /* first word -> first marker + 1 */

  char **files;
  size_t nfiles;

  uint64_t version;           /* FNV-1a of the text of every file loaded, in order */
  char version_text[17];      /* its 16 hex digits */
};

/* Word id of a folded word, or HD_NO_WORD when no entry uses it. */
uint32_t hd_dict_word(const hd_dict *d, const char *w, size_t n);
const char *hd_dict_word_text(const hd_dict *d, uint32_t id);

/* Trie step: child of NODE by WORD, or 0 when none (the root is never a child). */
uint32_t hd_dict_child(const hd_dict *d, uint32_t node, uint32_t word);
const hd_entry *hd_dict_first_entry(const hd_dict *d, uint32_t node);
const hd_entry *hd_dict_next_entry(const hd_dict *d, const hd_entry *e);

/* Non-zero when WORD is one of the alternatives of element EL. */
int hd_pat_elem_has(const hd_dict *d, const hd_pat_elem *el, uint32_t word);

/* Patterns anchored at WORD: writes up to MAX to OUT, returns how many. */
size_t hd_dict_anchors(const hd_dict *d, uint32_t word, const hd_pattern **out, size_t max);

/* Markers whose first word is WORD, then the next of the same first word;
** NULL when none. */
const hd_marker *hd_dict_first_marker(const hd_dict *d, uint32_t word);
const hd_marker *hd_dict_next_marker(const hd_dict *d, const hd_marker *m);

/* The coordinates of the place named NAME (text as the article writes it,
** clitics and all: an event's location) in COUNTRY, from the @geo= of its
** [countries] line; a nisba adjective named as a place (العاصمة العراقية)
** is the country's capital.  1 and *LAT, *LON in 1e-5 degree when known,
** else 0.  Allocates nothing. */
int hd_dict_place_geo(const hd_dict *d, const char *name, const char *country, int32_t *lat, int32_t *lon);

/* 1 when CODE is an event code of the built-in [cameo] table. */
int hd_cameo_known(const char *code);

/* The names of the files loaded, joined by ", " into BUF (CAP bytes). */
void hd_dict_file_names(const hd_dict *d, char *buf, size_t cap);

const hd_cameo *hd_dict_cameo(const hd_dict *d, const char *code);
const char *hd_dict_cameo_name(const hd_dict *d, const hd_cameo *c);
const char *hd_dict_file(const hd_dict *d, unsigned file);

/* What folding hid about a word, read back from the original text:
** map[k] is the offset in TEXT of the character behind folded byte k. */
typedef struct hd_origin {
  const char *text;
  const uint32_t *map;
} hd_origin;

/* Was folded byte K a plain alef (not أ إ آ), or a teh marbuta (ة)?
** Without an origin, alefs count as plain and no heh as teh marbuta. */
int hd_origin_plain_alef(const hd_origin *o, size_t k);
int hd_origin_teh_marbuta(const hd_origin *o, size_t k);

/* Strips a leading definite article from folded word W (at byte K of the
** text O describes) when what is left has at least two letters; returns
** the new start.  ألمانيا keeps its أل: the article is written with a
** plain alef. */
size_t hd_strip_article(const char *w, size_t n, const hd_origin *o, size_t k);

#endif
