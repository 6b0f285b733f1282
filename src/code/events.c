/*
** events.c: from a match to event records.  Expands groups into their
** members, places the event, resolves roles given without a country,
** drops what only restates another event, and fills the record that the
** caller's callback receives: codes, evidence, spans, id and realis.
*/
#include <stdlib.h>
#include "code/coder.h"

#define PLACE_REACH 8    /* words between an event and the place that locates it */
#define ATTACK_REACH 3   /* sentences back that a noun of violence with the article may name an act told before */

static int append_original(hd_coder *c, hd_buf *o, size_t a, size_t b) {
  uint32_t s = c->norm.map[c->tokens[a].start], e = c->norm.map[c->tokens[b - 1].end];
  return hd_buf_append(o, c->original + s, e - s);
}

/* Notes tokens [A, B) as a piece of PART, in bytes of the sentence's text. */
static void add_span(hd_coder *c, hd_part part, size_t a, size_t b) {
  uint8_t *n = &c->ev.nspans[part];
  if (a >= b || *n == HD_MAX_SPANS) return;
  uint32_t base = c->norm.map[c->sent_start];
  c->ev.span[part][*n][0] = c->norm.map[c->tokens[a].start] - base;
  c->ev.span[part][*n][1] = c->norm.map[c->tokens[b - 1].end] - base;
  (*n)++;
}

/* Original text of tokens [A, B) of the current sentence. */
static int set_evidence(hd_coder *c, hd_field f, size_t a, size_t b) {
  hd_buf *o = &c->out[f];
  hd_buf_clear(o);
  if (a < b && append_original(c, o, a, b) != 0) return -1;
  if (f == HD_FIELD_SOURCE_TEXT || f == HD_FIELD_TARGET_TEXT)
    add_span(c, f == HD_FIELD_SOURCE_TEXT ? HD_PART_SOURCE : HD_PART_TARGET, a, b);
  c->ev.field[f] = o->data ? o->data : "";
  return 0;
}

/* The pattern's words as they stand; runs apart are joined by " ... ". */
static int set_verb_evidence(hd_coder *c, const hd_match *m) {
  hd_buf *o = &c->out[HD_FIELD_VERB_TEXT];
  hd_buf_clear(o);
  for (size_t i = 0; i < m->nwords;) {
    size_t j = i + 1;
    while (j < m->nwords && m->words[j] == m->words[j - 1] + 1) j++;
    if (i && hd_buf_append(o, " ... ", 5) != 0) return -1;
    if (append_original(c, o, m->words[i], m->words[j - 1] + 1) != 0) return -1;
    add_span(c, HD_PART_VERB, m->words[i], m->words[j - 1] + 1);
    i = j;
  }
  c->ev.field[HD_FIELD_VERB_TEXT] = o->data ? o->data : "";
  return 0;
}

static int set_field(hd_coder *c, hd_field f, const char *s) {
  hd_buf *o = &c->out[f];
  hd_buf_clear(o);
  if (s && hd_buf_append(o, s, strlen(s)) != 0) return -1;
  c->ev.field[f] = s ? (o->data ? o->data : "") : NULL;
  return 0;
}

/* Members of group G; the article's parties stand in for PARTIES. */
static size_t expand_group(const hd_coder *c, int g, hd_party *out, size_t max) {
  size_t n = 0;
  if (g < 0) return 0;
  const hd_group *gr = &c->groups[g];
  for (size_t i = 0; i < gr->count; i++) {
    const hd_actor *a = &c->actors[gr->first + i];
    if (a->kind == HD_ACT_PARTIES) {
      for (size_t p = 0; p < c->nparties && n < max; p++)
        out[n++] = (hd_party){c->parties[p], a->tok_start, a->tok_end, 0};
    } else if (n < max) {
      out[n++] = (hd_party){a->code, a->tok_start, a->tok_end, a->bare};
    }
  }
  return n;
}

/* The place named nearest to the event's words, and its distance. */
static const hd_place *nearest_place(const hd_coder *c, const hd_match *m, size_t *dist) {
  const hd_place *best = NULL;
  *dist = (size_t)-1;
  for (size_t i = 0; i < c->nplaces; i++) {
    const hd_place *p = &c->places[i];
    size_t d = p->tok_end <= m->anchor ? m->anchor - p->tok_end : p->tok_start > m->last ? p->tok_start - m->last : 0;
    if (d < *dist) { *dist = d; best = p; }
  }
  return best;
}

/* The country of the event: the place named nearest to it, anywhere in
** the sentence ("اعتقلت الشرطة ... في البصرة" is in Iraq). */
static const hd_place *event_place(const hd_coder *c, const hd_match *m) {
  size_t dist;
  return nearest_place(c, m, &dist);
}

/* A role named without a country ("الشرطة") takes the country the
** article last named that body with ("الجيش التركي" ... "الجيش"), else of
** the event's place, else of the article's setting: الشرطة in Basra is
** IRQCOP. */
static hd_party localize(const hd_coder *c, hd_party p, const hd_place *where, char *buf) {
  const char *country = where ? where->country : c->setting;
  if (!p.bare) return p;
  for (size_t i = 0; i < c->nactors && p.tok_end > p.tok_start; i++) {
    const hd_actor *a = &c->actors[i];
    if (a->tok_start != p.tok_start || !a->bare || !a->why[0]) continue;
    const char *named = hd_named_country(c, a);
    if (named) country = named;
    break;
  }
  if (!country[0]) return p;
  hd_join_code(buf, country, p.code);
  p.code = buf;
  return p;
}

/* "انفجرت عبوة ناسفة ... مما أسفر عن مقتل أربعة": the deaths that a
** bombing caused are that bombing, not a second attack.  An unspecified
** violent code (180, 190, 200, 2041) from a source that already has a violent
** event in the sentence restates it. */
int hd_is_generic_violence(const char *code) {
  /* (an attack told with a word of chemical weapons, 2041, is mostly the
  ** one the sentence names otherwise too) */
  return !strcmp(code, "180") || !strcmp(code, "190") || !strcmp(code, "200") || !strcmp(code, "2041");
}

/* Does the act of violence SOURCE CODE TARGET restate one the sentence
** has already coded as actual: a general code by the same source (on the
** same victims, or none named here: other victims named here only are
** news), or a code whose more specific form the sentence has by the same
** source on the same victims ("قتل 31 شخصا في هجوم انتحاري استهدف مركزا":
** 183 after 1831)? */
static int restates_violence(const hd_coder *c, const char *source, const char *target, const char *code) {
  if (root_of(code) < 18) return 0;
  size_t n = strlen(source), nt = strlen(target), nc = strlen(code);
  int generic = hd_is_generic_violence(code);
  for (size_t i = 0; i < c->nseen; i++) {
    const char *k = c->seen[i], *last = strrchr(k, '|');
    if (c->seen_realis[i] != HD_REALIS_ACTUAL || strncmp(k, source, n) || k[n] != '|' || !last) continue;
    const char *t = k + n + 1, *seen_code = last + 1;
    int same_victims = (size_t)(last - t) == nt && !strncmp(t, target, nt);
    if (generic && root_of(seen_code) >= 18 && (nt == 0 || same_victims)) return 1;
    if (same_victims && strlen(seen_code) > nc && !strncmp(seen_code, code, nc)) return 1;
  }
  return 0;
}

/* "دعا نتانياهو دول العالم إلى ...، قال إنها"، "اتهم السيسي الإخوان ...،
** موضحا أن": a speaker whose words the sentence's main clause has already
** coded as an appeal, an accusation, a threat or any other act made no
** separate plain statement (010) in a clause that hangs on it. */
static int said_more(const hd_coder *c, const char *source) {
  size_t n = strlen(source);
  for (size_t i = 0; i < c->nseen; i++) {
    const char *k = c->seen[i], *last = strrchr(k, '|');
    if (c->seen_realis[i] == HD_REALIS_ACTUAL && c->seen_main[i] && !strncmp(k, source, n) && k[n] == '|' && last &&
        strcmp(last + 1, "010"))
      return 1;
  }
  return 0;
}

/* Is CODE one of the article's parties, or of their countries? */
static int is_party(const hd_coder *c, const char *code) {
  for (size_t p = 0; p < c->nparties; p++)
    if (!strncmp(c->parties[p], code, 3)) return 1;
  return 0;
}

/* Are A and B one state: the same code, or a country and its government
** ("RUS" and "RUSGOV")? */
static int same_state(const char *a, const char *b) {
  if (!strcmp(a, b)) return 1;
  size_t na = strlen(a), nb = strlen(b);
  if (na < 3 || nb < 3 || strncmp(a, b, 3)) return 0;
  return (na == 3 && nb == 6 && !strcmp(b + 3, "GOV")) || (nb == 3 && na == 6 && !strcmp(a + 3, "GOV"));
}

/* Codes that, said of a group with no one else named, are done among its
** members: intent to cooperate (03), consultation (04), material
** cooperation (06) and signing an agreement (057). */
static int is_mutual_code(const char *code) {
  /* a visit and its hosting have a direction: "يزور خلالها السعودية
  ** والأردن" is no visit of Saudi Arabia to Jordan */
  if (!strncmp(code, "042", 3) || !strncmp(code, "043", 3)) return 0;
  return !strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "06", 2) || !strncmp(code, "057", 3);
}

/* An actor does not act on itself: the source or the target was misread.
** "أعلن الجيش الأميركي مقتل أحد جنوده في انفجار": the one who reports his
** losses is the victim, the attacker the pattern's implied one.  "نفذت
** القوات الأميركية ضربة جوية إثر تعرض قواتها": the target goes, or gives
** way to the pattern's implied one.  An exchange with oneself is none:
** returns 0 when there is no event. */
static int resolve_self_target(const hd_coder *c, const hd_match *m, const hd_party *s0, const hd_place *where,
                               hd_party *sp, char *sbuf, const hd_party **t, hd_party *tp, char *tbuf) {
  if ((m->p->flags & HD_PAT_SYM) || is_mutual_code(m->p->code)) return 0;
  if (m->source_before && m->p->default_source[0] && strcmp(m->p->default_source, (*t)->code) != 0) {
    hd_party d = {m->p->default_source, 0, 0, 1};
    *sp = localize(c, d, where, sbuf);
    if (strcmp(sp->code, (*t)->code) != 0) return 1;
    *sp = localize(c, *s0, where, sbuf);
  }
  *t = NULL;
  if (m->p->default_target[0] && strcmp(m->p->default_target, s0->code) != 0) {
    hd_party d = {m->p->default_target, 0, 0, 1};
    *tp = localize(c, d, where, tbuf);
    if (strcmp(tp->code, sp->code) != 0) *t = tp;
  }
  return 1;
}

/* Is M's anchor a word of interception (اعترض، اعتراض)? */
static int intercepted(const hd_coder *c, const hd_match *m) {
  static const char *const words[] = {   /* اعترض اعترضت يعترض تعترض اعتراض واعترضت واعترض */
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6", "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6\xd8\xaa",
    "\xd9\x8a\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6", "\xd8\xaa\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xa7\xd8\xb6", "\xd9\x88\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6\xd8\xaa",
    "\xd9\x88\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6"};
  return hd_tok_in(c, m->anchor, words, HD_ARRAY_LEN(words));
}

/* The code of the actor whose group starts at token AT (*ACTOR is set to
** it), else the country of the place that starts there (*ACTOR NULL);
** NULL when neither does. */
static const char *named_at(const hd_coder *c, size_t at, const hd_actor **actor) {
  *actor = NULL;
  if (c->actor_at[at] >= 0 && c->groups[c->actor_at[at]].tok_start == at) {
    *actor = &c->actors[c->groups[c->actor_at[at]].first];
    return (*actor)->code;
  }
  for (size_t k = 0; k < c->nplaces; k++)
    if (c->places[k].tok_start == at) return c->places[k].country;
  return NULL;
}

/* The country a missile came from, named after من at or after token START
** ("أطلق من اليمن"، "قادمة من الأراضي السورية"، "أطلقت من غزة"): sets FROM
** (and *WHERE, the token of من, when WHERE is not NULL) and returns 1, or 0
** when none is named; with LAND, only a country or a place. */
static int fired_from(const hd_coder *c, size_t start, char *from, size_t *where, int land) {
  static const char *const lands[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xb6\xd9\x8a"};   /* الاراضي */
  for (size_t i = start; i + 1 < c->ntokens; i++) {
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',') return 0;
    if (!hd_tok_is(c, i, "\xd9\x85\xd9\x86")) continue;   /* من */
    size_t at = i + 1;
    if (at + 1 < c->ntokens && hd_tok_in(c, at, lands, 1) && c->actor_at[at] < 0) at++;
    const hd_actor *a;
    const char *code = named_at(c, at, &a);
    /* (a land, not a group or people: "نشطاء من حماس"، "عدد من المدنيين") */
    if (a && land && (a->bare || strlen(a->code) != 3)) return 0;
    if (!code || strlen(code) < 3 || hd_is_international(code)) return 0;
    memcpy(from, code, 3);
    from[3] = 0;
    if (where) *where = i;
    return 1;
  }
  return 0;
}

/* The country or place a rocket or a shell was fired from, for violence of
** rockets and shells (194): after من among its words or right after them
** ("إطلاق القذائف من قطاع غزة"، "صاروخ أطلق من اليمن"). Sets FROM and
** *WHERE (the token of من) and returns 1, or 0. */
static int launched_from(const hd_coder *c, const hd_match *m, char *from, size_t *where) {
  return !strncmp(m->p->code, "194", 3) && fired_from(c, m->anchor + 1, from, where, 1);
}

/* Where fire from FROM was aimed: the first country or place of another
** country after على، نحو، باتجاه، تجاه or صوب past the anchor of M, in its
** sentence before a stop ("على جنوب إسرائيل"، "باتجاه المستوطنات
** الإسرائيلية"); NULL when none is named. */
static const char *aimed_at(const hd_coder *c, const hd_match *m, const char *from) {
  static const char *const toward[] = {   /* علي نحو باتجاه تجاه صوب */
    "\xd8\xb9\xd9\x84\xd9\x8a", "\xd9\x86\xd8\xad\xd9\x88", "\xd8\xa8\xd8\xa7\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87",
    "\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87", "\xd8\xb5\xd9\x88\xd8\xa8"};
  for (size_t i = m->anchor + 1; i + 1 < c->ntokens; i++) {
    if (is_stop(&c->tokens[i])) return NULL;
    if (!hd_tok_in(c, i, toward, HD_ARRAY_LEN(toward))) continue;
    for (size_t at = i + 1; at < c->ntokens && at <= i + 3; at++) {
      if (c->tokens[at].kind == HD_TOK_PUNCT) break;
      const hd_actor *a;
      const char *code = named_at(c, at, &a);
      if (code && strlen(code) >= 3 && !hd_is_international(code) && strncmp(code, from, 3)) return code;
      if (code) break;
    }
  }
  return NULL;
}

#define TERROR "\xd8\xa7\xd8\xb1\xd9\x87\xd8\xa7\xd8\xa8"   /* ارهاب: the stem of terror, in any word */
#define INCIDENT_REACH 8   /* words before those of violence within which the word of an incident that tells it may stand */

/* Do the N bytes at W hold the string S? */
static int holds(const char *w, size_t n, const char *s) {
  size_t k = strlen(s);
  for (size_t i = 0; i + k <= n; i++)
    if (!memcmp(w + i, s, k)) return 1;
  return 0;
}

/* Is CODE violence that a private person may commit as a crime: an
** assault, a ramming or stabbing, a shooting, a killing (180 to 182, 190,
** 193), not a bombing, an assassination, a barrage or an air strike,
** which are attacks ("حوادث عنف أبرزها انفجار سيارة مفخخة"، "حادثا أمنيا
** تمثل بإطلاق صواريخ كاتيوشا")? */
static int crime_code(const char *code) {
  static const char *const crimes[] = {"180", "181", "182", "190", "193"};
  for (size_t k = 0; k < HD_ARRAY_LEN(crimes); k++)
    if (!strncmp(code, crimes[k], 3)) return 1;
  return 0;
}

/* The token of a [markers] incident word ("حادث"، "حوادث") among M's words
** or up to INCIDENT_REACH words before them in their clause with no
** punctuation between ("حادث إطلاق النار في مدينة جاكسونفيل أسفر عن
** مقتل"; not "وفي حادث منفصل، قتل شخصان"), or -1. */
static long incident_word(const hd_coder *c, const hd_match *m) {
  long found = -1;
  for (size_t i = hd_words_start(c, m->anchor, INCIDENT_REACH); i <= m->last; i++) {
    if (i < m->anchor && (c->tokens[i].kind == HD_TOK_PUNCT || c->clause_at[i] != c->clause_at[m->anchor])) found = -1;
    else if (found < 0 && hd_marker_at(c, i, HD_MARK_INCIDENT)) found = (long)i;
  }
  if (found < 0) return -1;
  /* (not in a sentence that speaks of terror or names an armed group:
  ** "إن الهجوم كان عملا إرهابيا"، "إن حادث إطلاق الرصاص في لييج ربما كان
  ** مستوحى من نهج تنظيم الدولة الإسلامية") */
  for (size_t i = 0; i < c->ntokens; i++)
    if (c->tokens[i].kind == HD_TOK_WORD && holds(tok_text(c, &c->tokens[i]), tok_len(&c->tokens[i]), TERROR))
      return -1;
  for (size_t g = 0; g < c->ngroups; g++) {
    const char *code = c->actors[c->groups[g].first].code;
    if (!strncmp(code, "IMG", 3) || hd_has_role(code, "REB")) return -1;
  }
  return found;
}

/* Is CODE a private person (CVL, IRQCVL), not a state, a group or an
** armed force? */
static int is_private(const char *code) {
  size_t n = strlen(code);
  return (n == 3 && !strcmp(code, "CVL")) || (n == 6 && !strcmp(code + 3, "CVL"));
}

/* FNV-1a, 64 bits: ids that stay the same from run to run and machine to machine. */
static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
  return h;
}

/* The event's id: the doc, the sentence, the code, the two actors and
** where the words of each part stand.  The same text coded by the same
** dictionaries gives the same ids. */
static const char *event_id(hd_coder *c) {
  uint64_t h = 0xcbf29ce484222325ull;
  static const hd_field keys[] = {HD_FIELD_DOC, HD_FIELD_CODE, HD_FIELD_SOURCE, HD_FIELD_TARGET};
  for (size_t k = 0; k < HD_ARRAY_LEN(keys); k++) {
    const char *s = c->ev.field[keys[k]];
    h = fnv(h, s, strlen(s) + 1);
  }
  h = fnv(h, &c->ev.sentence, sizeof c->ev.sentence);
  h = fnv(h, c->ev.nspans, sizeof c->ev.nspans);
  for (int p = 0; p < HD_PART_COUNT; p++) h = fnv(h, c->ev.span[p], c->ev.nspans[p] * sizeof c->ev.span[p][0]);
  snprintf(c->id, sizeof c->id, "%016llx", (unsigned long long)h);
  return c->id;
}

/* Is an event of pattern P one done to someone (an appeal, a criticism, a
** threat, an arrest: roots 02-13, 16, 17), which has no use without its
** target?  Not the condemnation of an act whose doer is not named (@doer:
** "أدانت مصر الهجوم الذي استهدف الكنيسة"), which is aimed at no one named. */
static int needs_target(const hd_pattern *p) {
  int r = root_of(p->code);
  return ((r >= 2 && r <= 13) || r == 16 || r == 17 || r == 19 || r == 20) && !(p->flags & HD_PAT_DOER);
}

/* Is an event of realis R and date DAY one the caller asked for?  By
** default actual events, and background ones that carry a date of their
** own; and of a kind done to someone, only with a target. */
static int reported(const hd_coder *c, hd_realis r, hd_day day, const hd_pattern *p, const hd_party *t) {
  if (!t && !c->incomplete && needs_target(p)) return 0;
  if (c->realis_mask) return (c->realis_mask >> r) & 1;
  return r == HD_REALIS_ACTUAL || (r == HD_REALIS_BACKGROUND && day != HD_NO_DAY);
}

/* The noun of an act of violence at token I, singular and plural as one
** (غارة and غارات are "غار"، هجوم and هجمات "هجوم"), in BUF; NULL when
** token I is none.  Only acts: a weapon ("الصواريخ") may be the one fired
** or the one that stopped it. */
static const char *attack_noun(const hd_coder *c, size_t i, char *buf) {
  static const char *const acts[] = {   /* هجوم غار قصف ضرب تفجير اعتداء خطف */
    "\xd9\x87\xd8\xac\xd9\x88\xd9\x85", "\xd8\xba\xd8\xa7\xd8\xb1", "\xd9\x82\xd8\xb5\xd9\x81",
    "\xd8\xb6\xd8\xb1\xd8\xa8", "\xd8\xaa\xd9\x81\xd8\xac\xd9\x8a\xd8\xb1",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa1", "\xd8\xae\xd8\xb7\xd9\x81"};
  const hd_token *t = &c->tokens[i];
  if (t->kind != HD_TOK_WORD) return NULL;
  for (size_t r = 0; r < t->nana; r++) {   /* (any reading: "للاعتداء" is لل and اعتداء) */
    const char *w = hd_dict_word_text(c->dict, c->ana[t->ana + r].word);
    size_t n = w ? strlen(w) : 0;
    if (n < 4) continue;
    if (n > 6 && !memcmp(w + n - 4, "\xd8\xa7\xd8\xaa", 4)) n -= 4;   /* ات */
    if (n > 4 && !memcmp(w + n - 2, "\xd9\x87", 2)) n -= 2;              /* ه */
    if (n == 6 && !memcmp(w, "\xd9\x87\xd8\xac\xd9\x85", 6)) w = acts[0], n = 8;   /* هجم(ات): هجوم */
    for (size_t k = 0; k < HD_ARRAY_LEN(acts); k++)
      if (strlen(acts[k]) == n && !memcmp(acts[k], w, n)) return strcpy(buf, acts[k]);
  }
  return NULL;
}

/* Remembers the nouns of acts of violence in the words of M, an act whose
** doer S the sentence names (as news, or as what words are about): the
** same noun with the article in a sentence soon after is that act, and S
** its doer (named_attack()). */
static void note_attack(hd_coder *c, const hd_match *m, const hd_party *s) {
  int told = m->realis == HD_REALIS_ACTUAL || m->realis_why.topic || m->realis_why.undated;
  size_t n = strlen(s->code);
  if (!told || root_of(m->p->code) < 18 || m->implicit_source || s->bare || n < 3 || !strcmp(s->code + n - 3, "UAF") ||
      !strcmp(s->code + n - 3, "CVL"))
    return;
  char w[HD_NAME_BYTES];
  for (size_t i = m->anchor; i <= m->last && i < c->ntokens; i++) {
    if (!attack_noun(c, i, w)) continue;
    size_t k = 0;
    while (k < c->nattacks && strcmp(c->attacks[k].word, w)) k++;
    if (k == c->nattacks) {
      if (c->nattacks < HD_ARRAY_LEN(c->attacks)) k = c->nattacks++;
      else k = c->next_attack++ % HD_ARRAY_LEN(c->attacks);
    }
    memcpy(c->attacks[k].word, w, strlen(w) + 1);
    hd_copy_str(c->attacks[k].code, sizeof c->attacks[k].code, s->code);
    c->attacks[k].sentence = c->sentence;
  }
}

/* Remembers M, an act of violence of a specific kind told as news by S on
** T, for a word of violence with the article soon after that restates it
** (restated_kind()). */
static void note_kind(hd_coder *c, const hd_match *m, const hd_party *s, const hd_party *t) {
  int r = root_of(m->p->code);
  if (m->realis != HD_REALIS_ACTUAL || (r != 18 && r != 20) || hd_is_generic_violence(m->p->code)) return;
  hd_copy_str(c->kind.code, sizeof c->kind.code, m->p->code);
  hd_copy_str(c->kind.source, sizeof c->kind.source, s->code);
  snprintf(c->kind.target, sizeof c->kind.target, "%.3s", t ? t->code : "");
  c->kind.sentence = c->sentence;
}

/* "قتل 26 شخصا في هجوم انتحاري استهدف مسجدا ... وأدى الهجوم إلى": violence
** unspecified (190, 180), named by a noun of an act with the article
** ("الهجوم"، "الاعتداء"، "التفجير"; not "القصف"، "الغارات", kinds of their
** own) and no word of its kind, within
** ATTACK_REACH sentences after an act of a specific kind the article told,
** by the same doer or one not named (an unidentified force) on the same
** country or none, is that act told again: the code of its kind, else
** NULL.  Sets *DOER to the act's doer when S named none. */
static const char *restated_kind(const hd_coder *c, const hd_match *m, const hd_party *s, const hd_party *t,
                                 const char **doer) {
  static const char *const acts[] = {   /* هجوم اعتداء تفجير: not a kind of its own (غارة، قصف) */
    "\xd9\x87\xd8\xac\xd9\x88\xd9\x85", "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa1",
    "\xd8\xaa\xd9\x81\xd8\xac\xd9\x8a\xd8\xb1"};
  char w[HD_NAME_BYTES];
  int unnamed = hd_has_role(s->code, "UAF");
  *doer = NULL;
  if (!c->kind.code[0] || c->kind.sentence > c->sentence || c->kind.sentence + ATTACK_REACH < c->sentence) return NULL;
  if (strcmp(m->p->code, "190") && strcmp(m->p->code, "180")) return NULL;
  if (c->kind.sentence == c->sentence) {
    /* "فجر انتحاري نفسه قرب مقر وزارة ... ما أسفر عن مقتل 10 أشخاص"،
    ** "قتل شخص وأصيب 4 آخرين بتفجير انتحاري": in the sentence of an act of
    ** a specific kind, the dead and wounded of no doer named are its toll,
    ** of its kind; not fighting's ("قتل 3 جنود في اشتباكات"), nor those
    ** of an abduction, of using people as shields or of an attempt on a
    ** life, who are no part of it; with no victims named, it is the act
    ** told again (restates_violence()) */
    if (!unnamed || !m->implicit_source || !t || !strcmp(t->code, c->kind.source) || !strncmp(c->kind.code, "181", 3) ||
        !strncmp(c->kind.code, "184", 3) || !strncmp(c->kind.code, "185", 3))
      return NULL;
    for (size_t i = m->anchor; i <= m->last && i < c->ntokens; i++)
      if (hd_marker_at(c, i, HD_MARK_CLASH)) return NULL;
    if (!hd_has_role(c->kind.source, "UAF")) *doer = c->kind.source;
    return c->kind.code;
  }
  if (m->anchor + 1 < c->ntokens && hd_reading_with(c, m->anchor + 1, HD_CL_ARTICLE) && c->actor_at[m->anchor + 1] < 0 &&
      c->tokens[m->anchor + 1].kind == HD_TOK_WORD && !hd_marker_at(c, m->anchor + 1, HD_MARK_RELATIVE))
    return NULL;   /* (an adjective of its kind: "الهجمات الصاروخية"، "الهجوم الجوي") */
  if (!hd_reading_with(c, m->anchor, HD_CL_ARTICLE) || !attack_noun(c, m->anchor, w) ||
      !(hd_text_is(w, strlen(w), acts[0]) || hd_text_is(w, strlen(w), acts[1]) || hd_text_is(w, strlen(w), acts[2])))
    return NULL;
  if (t && c->kind.target[0] && strncmp(t->code, c->kind.target, 3)) return NULL;
  if (!unnamed && strncmp(s->code, c->kind.source, 3)) return NULL;
  if (unnamed && t && !strcmp(t->code, c->kind.source)) return NULL;   /* (its doer is no victim here) */
  if (unnamed && !hd_has_role(c->kind.source, "UAF")) *doer = c->kind.source;   /* (a doer named) */
  return c->kind.code;
}

/* "شنت مقاتلات التحالف غارات جوية ... واستهدفت الغارات مواقع للحوثيين":
** the noun of an act of violence with the article, in an act whose doer the
** sentence does not name, is the act one of the ATTACK_REACH sentences
** before named with its doer by the same noun; that doer did it.  Returns
** the doer's code, or NULL. */
static const char *named_attack(const hd_coder *c, const hd_match *m) {
  char w[HD_NAME_BYTES];
  for (size_t i = m->anchor; i <= m->last && i < c->ntokens; i++) {
    if (!hd_reading_with(c, i, HD_CL_ARTICLE) || !attack_noun(c, i, w)) continue;
    for (size_t k = 0; k < c->nattacks; k++)
      if (c->attacks[k].sentence < c->sentence && c->attacks[k].sentence + ATTACK_REACH >= c->sentence &&
          !strcmp(c->attacks[k].word, w))
        return c->attacks[k].code;
  }
  return NULL;
}

/* Notes, while the article is read for its claims (c->prescan), that S
** claimed an attack in this sentence: an act of claiming (015) told as
** news, by an armed group named ("وأعلن تنظيم داعش مسؤوليته عن الهجوم"،
** "وتبنت حركة الشباب التفجير"), not one that no one claimed ("ولم تعلن
** أي جهة مسؤوليتها"), nor a state's word (what a state owns to is told
** with its doer). */
static void note_claim(hd_coder *c, const hd_match *m, const hd_party *s) {
  if (strcmp(m->p->code, "015") || m->realis != HD_REALIS_ACTUAL || m->implicit_source || s->bare ||
      (strncmp(s->code, "IMG", 3) && !hd_has_role(s->code, "REB")) || c->nclaims == HD_ARRAY_LEN(c->claims))
    return;
  for (size_t k = 0; k < c->nclaims; k++)
    if (c->claims[k].sentence == c->sentence && !strcmp(c->claims[k].code, s->code)) return;
  hd_copy_str(c->claims[c->nclaims].code, sizeof c->claims[0].code, s->code);
  c->claims[c->nclaims++].sentence = c->sentence;
}

/* "قتل 31 شخصا في هجوم انتحاري استهدف مركزا لتسجيل الناخبين ... وأعلن
** تنظيم داعش مسؤوليته عن الهجوم": an act of violence (CODE) whose doer the
** article does not name is the doing of the armed group the article says
** claimed an attack, before it or after it; of the claim nearest to it
** when there are more.  Not of the one it struck (T), nor against
** attackers unnamed, and an armed group flies no air strikes.  Returns
** the doer's code, or NULL. */
static const char *claimed_attack(const hd_coder *c, const char *code, const hd_party *t) {
  const char *best = NULL;
  int dist = 0;
  for (size_t k = 0; k < c->nclaims; k++) {
    const char *who = c->claims[k].code;
    if ((t && !strcmp(t->code, who)) || !strncmp(code, "195", 3)) continue;
    /* (nor of fighting with those who did it: "مقتل شرطي و4 مهاجمين") */
    if (t && strlen(t->code) >= 3 && !strcmp(t->code + strlen(t->code) - 3, "UAF")) continue;
    int d = abs(c->claims[k].sentence - c->sentence);
    if (!best || d < dist) best = who, dist = d;
  }
  return best;
}

/* "قتل فلسطيني برصاص الجيش الإسرائيلي ... وارتفع عدد القتلى إلى 60": an
** act of violence whose doer the sentence does not name is done by the one
** the article has already named striking the same country, not by an
** unidentified force.  CODE is the event's, S the unidentified force,
** localized; T the victim or NULL.  Returns the source to use (*BUF holds the new one). */
static const hd_party *known_attacker(const hd_coder *c, const char *code, const hd_party *s, const hd_party *t,
                                      hd_party *buf) {
  const char *victim = t && !t->bare && strlen(t->code) >= 3 ? t->code : s->code;
  if (!c->attacker[0] || strlen(victim) < 3 || strncmp(victim, c->attacked, 3) ||
      (t && !strcmp(t->code, c->attacker)))
    return s;
  /* ("الضربات الجوية" after "استخدم التنظيم المدنيين دروعا": an armed
  ** group of no state flies no air strikes) */
  if (!strncmp(code, "195", 3) && !strncmp(c->attacker, "IMG", 3)) return s;
  if (c->explain) fprintf(c->explain, "  doer   %s, who the article named striking %s before\n", c->attacker, c->attacked);
  *buf = (hd_party){c->attacker, 0, 0, 0};
  return buf;
}

/* Is CODE fighting on the ground (190 to 194), in a sentence with no word
** of the air (an air force must be named: "وأسفرت غارات جوية عن مقتل")? */
static int ground_fighting(const hd_coder *c, const char *code) {
  return !strncmp(code, "19", 2) && code[2] >= '0' && code[2] <= '4' && hd_marker_in_sentence(c, HD_MARK_AERIAL) < 0;
}

/* "وأسفرت المعارك عن مقتل 19 عنصرا من الميليشيات" after "تقدمت قوات الجيش
** اليمني ... على حساب ميليشيات الحوثي": one of two armed sides of a land
** the article has named fighting each other (c->fought), struck by no one
** named, was struck by the other; NULL when T is neither.  Only in
** fighting on the ground (190 to 194) told with no word of the air: air
** strikes need their air force named ("وأسفرت غارات جوية عن مقتل 10 من
** عناصر الميليشيات"), and a bombing or an abduction is not one side's by
** default. */
static const char *fought_by(const hd_coder *c, const char *code, const hd_party *s, const hd_party *t) {
  if (!t || strncmp(s->code, t->code, 3) || !ground_fighting(c, code)) return NULL;
  const char *other = NULL;
  for (int k = 0; k < 2 && !other && c->fought[k][0]; k++)
    if (!strcmp(t->code, c->fought[k])) other = c->fought[1 - k];
  return other;
}

/* "أصيب 100 فلسطيني، الجمعة، بالرصاص الحي خلال مشاركتهم في مسيرات
** العودة" after "الجيش الإسرائيلي" was named: people of a land shot or
** killed (190, 193) by no one named in protests or in clashes (a `protest`
** or `clash` marker in the sentence) were struck by the forces or police
** of a state the article named last (c->named_forces); NULL when it named
** none. */
static const char *faced_by(const hd_coder *c, const char *code, const hd_party *s, const hd_party *t) {
  if (!t || (strcmp(code, "190") && strcmp(code, "193")) || !c->named_forces[0] || strncmp(s->code, t->code, 3)) return NULL;
  /* (a people named by their land, struck in protests or clashes, by
  ** another state's forces: "قتل 3 فلسطينيين في مواجهات"; civilians, by
  ** forces of any state, only in protests: "وأصيب في تلك الاحتجاجات 11
  ** شخصا") */
  size_t tn = strlen(t->code);
  int people = tn == 3 && strncmp(c->named_forces, t->code, 3);
  if (!people && !(tn == 6 && !strcmp(t->code + 3, "CVL"))) return NULL;
  int told = hd_marker_in_sentence(c, HD_MARK_PROTEST) >= 0 || (people && hd_marker_in_sentence(c, HD_MARK_CLASH) >= 0);
  return told ? c->named_forces : NULL;
}

/* "وأسفرت المعارك عن مقتل 9 من ميليشيات الحوثي": fighting on the ground
** (190 to 194, no word of the air in the sentence) by no one named against
** the rebels of a land (T: a code of that land with the role REB) is the
** doing of that land's forces, the other side of its civil war, not of an
** unidentified force of it (S, of that land or of none), when the article
** has named that land's army (c->forces_lands); BUF gets the forces'
** code.  NULL when T is no rebels of S's land. */
static const char *rebels_fought_by(const hd_coder *c, const char *code, const hd_party *s, const hd_party *t, char *buf) {
  if (!t || strlen(t->code) < 6 || !hd_has_role(t->code, "REB") || hd_is_international(t->code) || !ground_fighting(c, code))
    return NULL;
  /* (a force of no land named takes the rebels' land) */
  size_t n = strlen(s->code);
  if (!(n == 6 && !strncmp(s->code, t->code, 3)) && !(n == 3 && !strcmp(s->code, "UAF"))) return NULL;
  /* (and the article must have named that land's army, by its name or by
  ** its role alone: what struck the rebels of Gaza, of a land with no
  ** army, is not told so) */
  size_t k = 0;
  while (k < c->nforces_lands && strncmp(c->forces_lands[k], t->code, 3)) k++;
  if (k == c->nforces_lands) return NULL;
  hd_country_role(buf, t->code, "MIL");
  return buf;
}

/* The land that the verb of violence at token I struck: of the first actor
** named after it (not its subject G, nor a role named alone) or the first
** place, within STRUCK_REACH tokens and before a comma or a full stop; ""
** when none. */
#define STRUCK_REACH 8
static const char *struck_land(const hd_coder *c, size_t i, int g) {
  for (size_t j = i + 1; j < c->ntokens && j <= i + STRUCK_REACH; j++) {
    if (c->tokens[j].kind == HD_TOK_PUNCT && !is_transparent(&c->tokens[j])) break;
    int h = c->actor_at[j];
    if (h >= 0 && h != g) {
      const hd_actor *a = &c->actors[c->groups[h].first];
      if (!a->bare && strlen(a->code) >= 3 && !hd_is_international(a->code)) return a->code;
    }
    for (size_t k = 0; k < c->nplaces; k++)
      if (c->places[k].tok_start == j && c->places[k].country[0]) return c->places[k].country;
  }
  return "";
}

/* "تواصل قوات النظام السوري قصفها لمحافظة درعا، حيث أعلن المرصد عن مقتل
** 15 مدنيا في غارات": violence by no one named on the civilians of a land
** (T), in a sentence whose one armed actor named striking (the subject of
** another verb of violence whose subject does it, hd_striking_word(): a
** state's army, named by its land or alone,
** or rebels or a militant group named) struck that same land, is that
** actor's; none when the sentence names more than one, or the actor
** struck another land ("هاجم الجيش الإسرائيلي مواقع في غزة، في حين استمر
** إطلاق الصواريخ باتجاه مجتمعات جنوب إسرائيل").  Not the police, whose
** violence is mostly against the attackers.  BUF gets the code of an army
** named alone, with the victims' land. */
static const char *sentence_striker(const hd_coder *c, const hd_match *m, const hd_party *t, char *buf) {
  /* verbs of warding off another's attack: the one who wards it off did
  ** not strike ("أسقطت الدفاعات الجوية الروسية طائرات كانت تستهدف
  ** قاعدتها") */
  static const char *const warding[] = {   /* اسقط اسقطت اعترض اعترضت تصدي تصدت صد صدت احبط احبطت طرد طردت */
    "\xd8\xa7\xd8\xb3\xd9\x82\xd8\xb7", "\xd8\xa7\xd8\xb3\xd9\x82\xd8\xb7\xd8\xaa",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6", "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xb6\xd8\xaa",
    "\xd8\xaa\xd8\xb5\xd8\xaf\xd9\x8a", "\xd8\xaa\xd8\xb5\xd8\xaf\xd8\xaa", "\xd8\xb5\xd8\xaf",
    "\xd8\xb5\xd8\xaf\xd8\xaa", "\xd8\xa7\xd8\xad\xd8\xa8\xd8\xb7", "\xd8\xa7\xd8\xad\xd8\xa8\xd8\xb7\xd8\xaa",
    "\xd8\xb7\xd8\xb1\xd8\xaf", "\xd8\xb7\xd8\xb1\xd8\xaf\xd8\xaa"};
  if (!t || strlen(t->code) != 6 || !hd_has_role(t->code, "CVL")) return NULL;
  const char *found = NULL;
  int group = -1;
  for (size_t i = 0; i < c->ntokens; i++) {
    if (i >= m->anchor && i <= m->last) continue;
    if (!hd_is_verb(c, i) || !hd_striking_word(c, i) || hd_tok_in(c, i, warding, HD_ARRAY_LEN(warding))) continue;
    int g = hd_subject_of(c, i, 0);
    /* (its subject in its own clause, not the object read as one: "تفجير
    ** انتحاري استهدف جنودا رومانيين") */
    if (g < 0 || g == group || hd_is_weak(c, g) || hd_accusative(c, g) ||
        c->clause_at[c->groups[g].tok_start] != c->clause_at[i])
      continue;
    const hd_actor *a = &c->actors[c->groups[g].first];
    if (!hd_armed_actor(a->code) || hd_has_role(a->code, "COP") || hd_is_international(a->code) ||
        (a->bare && !hd_has_role(a->code, "MIL")))
      continue;
    if (strncmp(struck_land(c, i, g), t->code, 3)) continue;
    if (found) return NULL;   /* (more than one: which did it is not told) */
    found = a->code;
    group = g;
  }
  if (!found) return NULL;
  if (strlen(found) == 3 && strncmp(found, "IMG", 3)) {
    hd_country_role(buf, t->code, found);
    return buf;
  }
  return found;
}

/* Remembers the doer of an act of violence the article names (as news, or
** as what words are about), and the country it struck, for the acts after
** it whose doer is not named. */
static void note_attacker(hd_coder *c, const hd_match *m, const hd_party *s, const hd_party *t) {
  /* (a toll's doer too: "قتل 120 فلسطينيا برصاص الجيش الإسرائيلي منذ بدء الاحتجاجات") */
  int told = m->realis == HD_REALIS_ACTUAL || m->realis_why.topic || m->realis_why.undated;
  if (!told || root_of(m->p->code) < 18 || !t) return;
  size_t n = strlen(s->code), tn = strlen(t->code);
  if (n < 3 || tn < 3) return;
  /* (and a land struck from the air, whose dead told after may be of the
  ** strike: land_rebels()) */
  if (!strncmp(m->p->code, "195", 3)) {
    memcpy(c->air_struck, t->code, 3);
    c->air_struck[3] = 0;
  }
  if (m->implicit_source) return;
  /* (the armed sides of one land: its forces and an armed group of it,
  ** one of them named with its land or by its name: "شنت قوات الجيش هجوما
  ** على مواقع المليشيات الحوثية") */
  if (!strncmp(s->code, t->code, 3)) {
    if (!(s->bare && t->bare) && ((hd_has_role(s->code, "MIL") && hd_has_role(t->code, "REB")) ||
                                  (hd_has_role(s->code, "REB") && hd_has_role(t->code, "MIL")))) {
      snprintf(c->fought[0], sizeof c->fought[0], "%s", s->code);
      snprintf(c->fought[1], sizeof c->fought[1], "%s", t->code);
    }
    return;
  }
  /* (an armed group of no one country, "تنظيم داعش", is remembered too) */
  if (s->bare || !strcmp(s->code + n - 3, "UAF") || !strcmp(s->code + n - 3, "CVL") ||
      (hd_is_international(s->code) && strncmp(s->code, "IMG", 3)))
    return;
  snprintf(c->attacker, sizeof c->attacker, "%s", s->code);
  memcpy(c->attacked, t->code, 3);
  c->attacked[3] = 0;
}

/* Notes the event S CODE T of realis R (IN_MAIN: made by the main clause)
** among the sentence's; returns 0 when the sentence has it already, or
** has no room for more. */
static int note_seen(hd_coder *c, const hd_party *s, const hd_party *t, const char *code, hd_realis r, int in_main) {
  char key[sizeof c->seen[0]];
  snprintf(key, sizeof key, "%s|%s|%s", s->code, t ? t->code : "", code);
  for (size_t i = 0; i < c->nseen; i++) if (c->seen_realis[i] == r && !strcmp(c->seen[i], key)) return 0;
  if (c->nseen == HD_MAX_SENTENCE_EVENTS) return 0;
  c->seen_realis[c->nseen] = (uint8_t)r;
  c->seen_main[c->nseen] = (uint8_t)in_main;
  memcpy(c->seen[c->nseen++], key, sizeof key);
  return 1;
}

/* Is P named by a word that implies protest ("المتظاهرون"، "محتجين")? */
static int protesters(const hd_coder *c, const hd_party *p) {
  if (!p || p->tok_end <= p->tok_start || p->tok_start >= c->ntokens || c->actor_at[p->tok_start] < 0) return 0;
  const hd_group *g = &c->groups[c->actor_at[p->tok_start]];
  for (size_t a = g->first; a < g->first + g->count; a++) {
    const hd_entry *why = c->actors[a].why[0];
    if (c->actors[a].tok_start == p->tok_start)
      return why && why->kind == HD_ENT_AGENT && !strncmp(why->implies, "14", 2);
  }
  return 0;
}

/* Is M told by a verb of demonstrating itself (تظاهر، احتج، اعتصم), whose
** subject protests whoever it is: "وتظاهر مئات من عناصر الشرطة أمام
** البرلمان"? */
static int demonstrated(const hd_coder *c, const hd_match *m) {
  static const char *const verbs[] = {   /* تظاهر تظاهرت تظاهروا يتظاهر يتظاهرون تتظاهر احتج احتجت احتجوا يحتج يحتجون تحتج اعتصم اعتصمت اعتصموا يعتصم يعتصمون */
    "\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1",
    "\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd8\xaa",
    "\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd9\x88\xd8\xa7",
    "\xd9\x8a\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1",
    "\xd9\x8a\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd9\x88\xd9\x86",
    "\xd8\xaa\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1",
    "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xac",
    "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xac\xd8\xaa",
    "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xac\xd9\x88\xd8\xa7",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd9\x88\xd9\x86",
    "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xac",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb5\xd9\x85",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb5\xd9\x85\xd8\xaa",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb5\xd9\x85\xd9\x88\xd8\xa7",
    "\xd9\x8a\xd8\xb9\xd8\xaa\xd8\xb5\xd9\x85",
    "\xd9\x8a\xd8\xb9\xd8\xaa\xd8\xb5\xd9\x85\xd9\x88\xd9\x86"};
  return !m->noun && hd_tok_in(c, m->anchor, verbs, HD_ARRAY_LEN(verbs));
}


/* The code of violence between protesters and the force that faces them:
** protesters who clash, storm or besiege riot (145, "اشتبك المحتجون مع
** الشرطة"، "وحاصر المتظاهرون منزل المحافظ"), and so do protesters who seize
** or burn a building (170, 171, 1712: "اقتحم متظاهرون مقر القنصلية
** الإيرانية"، "أحرق المتظاهرون مقار الأحزاب"); police or soldiers who fire
** on or clash with protesters repress them (175).  NULL for any other. */
static const char *protest_violence(const hd_coder *c, const char *code, const hd_party *s, const hd_party *t) {
  int r = root_of(code);
  if (r == 17 && (!strcmp(code, "170") || !strncmp(code, "171", 3)) && t && t->code[0] && protesters(c, s)) return "145";
  if ((r != 18 && r != 19) || !strncmp(code, "2041", 4)) return NULL;
  if (protesters(c, s)) return "145";
  return hd_state_force(s->code) && protesters(c, t) ? "175" : NULL;
}

/* "استهدفت ميليشيات الحوثي ... وقتل 3 مدنيين بقذائف": fighting on the
** ground (190 to 194) by no one named on the civilians or the forces of a
** land is the doing of that land's rebels the article has named
** (hd_armed_group_of()); not in a sentence with a word of the air, and
** not when the rebels are the ones struck.  NULL when none. */
static const char *land_rebels(const hd_coder *c, const hd_match *m, const hd_party *t) {
  if (!t || strlen(t->code) < 6 || !ground_fighting(c, m->p->code) ||
      !(hd_has_role(t->code, "CVL") || hd_state_force(t->code)))
    return NULL;
  /* (nor in fighting between sides, "اشتباكات بين ميليشيات الحوثي وقوات
  ** الجيش", whose dead may be of either, nor in a bombing, a mine or an
  ** act of unconventional violence, which keeps its kind with no doer) */
  if (hd_marker_in_sentence(c, HD_MARK_CLASH) >= 0 || hd_marker_in_sentence(c, HD_MARK_BOMBING) >= 0 ||
      hd_marker_in_sentence(c, HD_MARK_UNCONVENTIONAL) >= 0)
    return NULL;
  /* (nor in a land the article has told struck from the air: "قتلى بغارة
  ** على حافلة في صعدة" ... "الهجوم الذي استهدف حافلة") */
  if (!strncmp(c->air_struck, t->code, 3)) return NULL;
  return hd_armed_group_of(c, t->code);
}

/* The token of the answer marker (ردا على) that makes M the deed answered,
** or SIZE_MAX when none does. */
static size_t answered_at(const hd_match *m) {
  const hd_marker *mk = m->realis_why.marker;
  return mk && mk->kind == HD_MARK_ANSWER ? m->realis_why.token : SIZE_MAX;
}

static int emit(hd_coder *c, const hd_match *m, const hd_party *s0, const hd_party *t0, hd_day day) {
  hd_match recoded;
  hd_pattern p;
  const char *riot = protest_violence(c, m->p->code, s0, t0);
  if (riot) {
    p = *m->p;
    snprintf(p.code, sizeof p.code, "%s", riot);
    recoded = *m;
    recoded.p = &p;
    m = &recoded;
  }
  size_t dist;
  const hd_place *where = nearest_place(c, m, &dist);
  /* its location only when named close to it: "بحث ... تطورات الأوضاع في
  ** قطاع غزة" is a call about Gaza, not in it */
  const hd_place *at = dist <= PLACE_REACH ? where : NULL;
  char sbuf[HD_CODE_MAX], tbuf[HD_CODE_MAX], fbuf[HD_CODE_MAX];
  hd_party sp = localize(c, *s0, where, sbuf), tp;
  const hd_party *s = &sp, *t = NULL;
  if (t0) { tp = localize(c, *t0, where, tbuf); t = &tp; }
  if (c->stop) return 0;
  /* "احتشدت قوات الشرطة"، "أغلقت الشرطة الطرق المؤدية"، "رشق آخرون الجنود
  ** بالحجارة": soldiers and police do not protest; a clash of theirs with
  ** civilians or the opposition ("صدامات بين قوات الأمن ومحتجين") is those
  ** people's riot against them */
  if (root_of(m->p->code) == 14 && hd_state_force(s->code) && !protesters(c, s) && !demonstrated(c, m)) {
    if (!strcmp(m->p->code, "145") && t && (hd_has_role(t->code, "CVL") || hd_has_role(t->code, "OPP"))) {
      hd_party swap = sp;
      sp = tp;
      tp = swap;
      if (c->explain) fprintf(c->explain, "  riot   by %s against %s: soldiers and police do not protest\n", s->code, t->code);
    } else {
      if (c->explain) fprintf(c->explain, "  (%s %s %s: soldiers and police do not protest, not coded)\n", s->code, m->p->code, t ? t->code : "\"\"");
      return 0;
    }
  }
  /* "قتل رجل زوجته": violence between private people is crime, not politics */
  if (root_of(m->p->code) >= 18 && t && is_private(s->code) && is_private(t->code)) {
    if (c->explain) fprintf(c->explain, "  (%s %s %s is between private people, not coded)\n", s->code, m->p->code, t->code);
    return 0;
  }
  /* "عقد الزعيمان جلسة أمام الصحفيين"، "قال في مكالمة مع مراسلين": talking
  ** to journalists is how words reach the public, not a consultation */
  if (root_of(m->p->code) == 4 && (hd_has_role(s->code, "MED") || (t && hd_has_role(t->code, "MED")))) {
    if (c->explain) fprintf(c->explain, "  (%s %s %s is talk with the press, not coded)\n", s->code, m->p->code, t ? t->code : "");
    return 0;
  }
  /* "إطلاق القذائف من قطاع غزة"، "صاروخ أطلق من اليمن على جازان": fire of
  ** no named doer came from where it was fired, not from the article's
  ** last attacker (the article's last attacker still when it is of that
  ** land: the Houthis for a missile from Yemen; else the armed group of
  ** that land the article has named most, hd_armed_group_of()); it is aimed
  ** where it went, not where it came from.  A doer named only after the
  ** land is another's: "إطلاق القذائف من قطاع غزة والغارات الإسرائيلية" */
  char from[4], aim[4];
  size_t from_at = 0;
  int launched = root_of(m->p->code) >= 18 && !strcmp(m->p->default_source, "UAF") && launched_from(c, m, from, &from_at);
  const char *group;
  if (launched && (m->implicit_source || (m->source >= 0 && c->groups[m->source].tok_start > from_at))) {
    if (c->attacker[0] && !strncmp(c->attacker, from, 3)) {
      sp = (hd_party){c->attacker, 0, 0, 0};
    } else if ((group = hd_armed_group_of(c, from))) {
      sp = (hd_party){group, 0, 0, 0};
    } else {
      hd_country_role(sbuf, from, "UAF");
      sp = (hd_party){sbuf, 0, 0, 0};
    }
    s = &sp;
    if (c->explain)
      fprintf(c->explain, "  doer   %s, %s the fire came from (من)\n", s->code,
              s->code == c->named_rebels ? "the armed group the article has named most of where" : "where");
    if (t && !strncmp(t->code, from, 3)) {
      const char *to = aimed_at(c, m, from);
      if (to) {
        memcpy(aim, to, 3);
        aim[3] = 0;
        tp = (hd_party){aim, 0, 0, 0};
        t = &tp;
      } else {
        t = NULL;   /* (aimed at no one named: --incomplete prints it) */
      }
    }
  } else if (m->implicit_source && root_of(m->p->code) >= 18 && !strcmp(m->p->default_source, "UAF") &&
             answered_at(m) == SIZE_MAX) {
    /* (what a deed answers was done by no one the article names striking:
    ** not by the one who answers it, "شنت إسرائيل غارات ... ردا على إطلاق
    ** صواريخ") */
    const char *unnamed = s->code;
    s = known_attacker(c, m->p->code, s, t, &sp);
    const char *doer = s->code == unnamed ? named_attack(c, m) : NULL;   /* (when known_attacker() named none) */
    if (doer) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, who did what the article named before with the same word\n", doer);
    } else if (s->code == unnamed && (doer = claimed_attack(c, m->p->code, t))) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, who the article says claimed the attack\n", doer);
    } else if (s->code == unnamed && (doer = fought_by(c, m->p->code, s, t))) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, the side the article named fighting %s before\n", doer, t->code);
    } else if (s->code == unnamed && (doer = faced_by(c, m->p->code, s, t))) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, the forces the article named last, in protests or clashes\n", doer);
    } else if (s->code == unnamed && (doer = rebels_fought_by(c, m->p->code, s, t, fbuf))) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, the forces of the land whose rebels were fought\n", doer);
    } else if (s->code == unnamed && (doer = sentence_striker(c, m, t, fbuf))) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, the one armed actor the sentence names striking\n", doer);
    } else if (s->code == unnamed && (doer = land_rebels(c, m, t))) {
      sp = (hd_party){doer, 0, 0, 0};
      s = &sp;
      if (c->explain) fprintf(c->explain, "  doer   %s, the rebels of the land the article has named\n", doer);
    }
    /* "قتل 20 مدنيا في غارات جوية": air strikes are a state's, never an
    ** unidentified force of the place; with no one named, no one is coded */
    size_t sn = strlen(s->code);
    if (!strncmp(m->p->code, "195", 3) && sn >= 3 && !strcmp(s->code + sn - 3, "UAF")) {
      if (c->explain) fprintf(c->explain, "  (air strikes whose air force is not named: not coded)\n");
      note_seen(c, s, t, m->p->code, m->realis, 0);   /* what restates them is not news either */
      return 0;
    }
    /* "قتل 4 أشخاص في حادث إطلاق نار بمدينة فريدريكتون"، "حادث دهس في
    ** موسكو": violence told as an incident, by no one named, in the land
    ** of the private people it struck, is crime, not politics (not an
    ** attack across a line, "قتل إسرائيليان في حادث إطلاق نار بالمنطقة
    ** الصناعية بركان", nor one on a state's own, "إصابة وزير الداخلية
    ** الباكستاني بحادثة إطلاق نار") */
    long incident = sn >= 3 && !strcmp(s->code + sn - 3, "UAF") && (!t || (!strncmp(s->code, t->code, 3) && !hd_state_body(t->code))) &&
                            crime_code(m->p->code)
                        ? incident_word(c, m)
                        : -1;
    if (incident >= 0) {
      if (c->explain)
        fprintf(c->explain, "  (an incident (\"%.*s\") of no one named, in the land it struck: crime, not coded)\n",
                (int)tok_len(&c->tokens[incident]), tok_text(c, &c->tokens[incident]));
      return 0;
    }
  }
  /* "أكد المالكي اعتراض ثلاثة صواريخ بالستية فوق الرياض": a missile or a
  ** drone intercepted was fired from outside the country that intercepted
  ** it; with no one named, its doer is the armed group of another land the
  ** article has named most, else of no country rather than of that one */
  if (m->implicit_source && t && intercepted(c, m) && strlen(s->code) >= 3 && strlen(t->code) >= 3 &&
      !strncmp(s->code, t->code, 3)) {
    /* ("صاروخا أطلق من اليمن"، "من الأراضي اليمنية": of where it came from) */
    if (fired_from(c, m->last + 1, from, NULL, 0) && strncmp(from, t->code, 3)) {
      if ((group = hd_armed_group_of(c, from))) {
        sp = (hd_party){group, 0, 0, 0};
      } else {
        hd_country_role(sbuf, from, m->p->default_source);
        sp = (hd_party){sbuf, 0, 0, 0};
      }
    } else if ((group = hd_armed_group(c)) && strncmp(group, t->code, 3)) {   /* (of another land) */
      sp = (hd_party){group, 0, 0, 0};
    } else {
      sp = (hd_party){m->p->default_source, 0, 0, 0};
    }
    s = &sp;
    if (c->explain) fprintf(c->explain, "  doer   %s, of what %s shot down\n", s->code, t->code);
  }
  /* "اعترض الدفاع الجوي السعودي صاروخا أطلق باتجاه جازان": what was shot
  ** down and is named as aimed at a place of the country that shot it down
  ** was aimed at that country, not at its force */
  const char *shot_at = t && intercepted(c, m) && strlen(t->code) == 6 && hd_has_role(t->code, "MIL") ? aimed_at(c, m, s->code) : NULL;
  if (shot_at && !strncmp(shot_at, t->code, 3) && strncmp(s->code, t->code, 3)) {
    memcpy(aim, t->code, 3);
    aim[3] = 0;
    if (c->explain) fprintf(c->explain, "  target %s, where what %s shot down was aimed\n", aim, t->code);
    tp = (hd_party){aim, 0, 0, 0};
    t = &tp;
  }
  if (t && strcmp(s->code, t->code) == 0 && !resolve_self_target(c, m, s0, where, &sp, sbuf, &t, &tp, tbuf))
    return 0;
  /* "قمة بين واشنطن وبيونغيانغ ... كوريا الشمالية"، "بين الرئيسين ...
  ** والأميركي دونالد ترامب": no one consults, cooperates with or supports
  ** its own country named alone; the two are one side */
  int kind = root_of(m->p->code);
  const char *other = t && strlen(s->code) == 3 ? t->code : s->code;   /* the side with a role */
  if (t && kind >= 3 && kind <= 6 && strlen(s->code) >= 3 && strlen(t->code) >= 3 && !strncmp(s->code, t->code, 3) &&
      (strlen(s->code) == 3) != (strlen(t->code) == 3) && hd_state_body(other)) {
    if (c->explain) fprintf(c->explain, "  (%s %s %s is one side with itself, not coded)\n", s->code, m->p->code, t->code);
    return 0;
  }
  const char *restated_doer, *restated = restated_kind(c, m, s, t, &restated_doer);
  if (restated) {
    if (c->explain)
      fprintf(c->explain, "  kind   %s, of the act the %s with its kind\n", restated,
              c->kind.sentence == c->sentence ? "sentence tells, whose toll this is," : "article told before");
    if (m != &recoded) recoded = *m;
    p = *m->p;
    snprintf(p.code, sizeof p.code, "%s", restated);
    recoded.p = &p;
    m = &recoded;
    if (restated_doer) {
      sp = (hd_party){restated_doer, 0, 0, 0};
      s = &sp;
    }
  }
  /* (victims named by a count alone are no others: "انفجرت عبوة ... مما
  ** أسفر عن مقتل أربعة") */
  if (m->realis == HD_REALIS_ACTUAL && restates_violence(c, s->code, t && !m->counted ? t->code : "", m->p->code)) {
    if (c->explain) fprintf(c->explain, "  (%s %s %s restates a specific act of violence, not coded)\n", s->code,
                            m->p->code, t ? t->code : "\"\"");
    return 0;
  }
  int main_clause = c->clause_at[m->anchor] == 0;
  if (m->realis == HD_REALIS_ACTUAL && !main_clause && !strcmp(m->p->code, "010") && said_more(c, s->code)) {
    if (c->explain) fprintf(c->explain, "  (%s's words are coded as more than a statement here: no 010)\n", s->code);
    return 0;
  }
  if (!note_seen(c, s, t, m->p->code, m->realis, main_clause)) return 0;
  if (t) note_attacker(c, m, s, t);
  note_attack(c, m, s);
  note_kind(c, m, s, t);
  if (c->prescan) {
    note_claim(c, m, s);
    return 0;
  }
  if (!c->explain && !(c->fn && reported(c, m->realis, day, m->p, t))) return 0;   /* nobody asked for it */

  const hd_cameo *cm = hd_dict_cameo(c->dict, m->p->code);
  char date[11], root[3] = {m->p->code[0], m->p->code[1], 0};
  if (day != HD_NO_DAY) hd_day_format(day, date);
  memset(c->ev.nspans, 0, sizeof c->ev.nspans);
  c->ev.realis = m->realis;
  c->ev.quad = quad_of(m->p->code);
  c->ev.goldstein = cm ? cm->goldstein : 0;
  c->ev.sentence = c->sentence;
  uint32_t ts = c->norm.map[c->sent_start], te = c->norm.map[c->sent_end];
  hd_buf_clear(&c->out[HD_FIELD_TEXT]);
  if (hd_buf_append(&c->out[HD_FIELD_TEXT], c->original + ts, te - ts) != 0) return -1;
  c->ev.field[HD_FIELD_TEXT] = c->out[HD_FIELD_TEXT].data;
  if (set_field(c, HD_FIELD_DOC, c->doc) || set_field(c, HD_FIELD_DATE, day != HD_NO_DAY ? date : NULL) ||
      set_field(c, HD_FIELD_SOURCE, s->code) || set_field(c, HD_FIELD_TARGET, t ? t->code : "") ||
      set_field(c, HD_FIELD_CODE, m->p->code) || set_field(c, HD_FIELD_ROOT, root) ||
      set_field(c, HD_FIELD_PLOVER, cm ? cm->plover : "") || set_field(c, HD_FIELD_PLOVER_MODE, cm ? cm->mode : "") ||
      set_field(c, HD_FIELD_CODE_NAME, cm ? hd_dict_cameo_name(c->dict, cm) : "") ||
      set_evidence(c, HD_FIELD_SOURCE_TEXT, s->tok_start, s->tok_end) ||
      set_evidence(c, HD_FIELD_TARGET_TEXT, t ? t->tok_start : 0, t ? t->tok_end : 0) ||
      set_verb_evidence(c, m) ||
      (at ? set_evidence(c, HD_FIELD_LOCATION, at->tok_start, at->tok_end) ||
                set_field(c, HD_FIELD_LOCATION_COUNTRY, at->country)
             : set_field(c, HD_FIELD_LOCATION, NULL) || set_field(c, HD_FIELD_LOCATION_COUNTRY, NULL)) ||
      set_field(c, HD_FIELD_REALIS, hd_realis_name(c->ev.realis)) || set_field(c, HD_FIELD_ID, event_id(c)))
    return -1;
  if (c->explain)
    fprintf(c->explain, "  event  %s %s %s  date %s  (%s)%s%s\n", s->code, m->p->code, t ? t->code : "\"\"",
            day != HD_NO_DAY ? date : "null", c->ev.field[HD_FIELD_CODE_NAME],
            m->realis != HD_REALIS_ACTUAL ? "  realis " : "", m->realis != HD_REALIS_ACTUAL ? hd_realis_name(m->realis) : "");
  if (!c->explain) {
    if (c->fn(&c->ev, c->user)) c->stop = 1;
  } else if (!t && !c->incomplete && needs_target(m->p)) {
    fprintf(c->explain, "  (no target found: not reported without --incomplete)\n");
  }
  return 0;
}

/* Remembers the parties of the first exchange between two or more actors. */
static void note_parties(hd_coder *c, const hd_party *ps, size_t n) {
  if (c->nparties || n < 2) return;
  for (size_t i = 0; i < n && c->nparties < HD_MAX_PARTIES; i++) {
    int dup = 0;
    for (size_t j = 0; j < c->nparties; j++) dup |= !strcmp(c->parties[j], ps[i].code);
    if (!dup) snprintf(c->parties[c->nparties++], HD_CODE_MAX, "%s", ps[i].code);
  }
  if (c->nparties < 2) c->nparties = 0;
}


/* Does hd_party P's code begin with a state's code, not a role or an
** international one? */
static int is_state_code(const hd_party *p) {
  return !p->bare && strlen(p->code) >= 3 && !hd_is_international(p->code);
}

/* The first group, other than SKIP, that names another state than the
** country of NOT_OF (a code): with ARMED, its soldiers or police; else the
** state by its name ("إسرائيل").  Sets FACING to the state's code; -1 when
** none. */
static int other_state(const hd_coder *c, int skip, const char *not_of, int armed, char *facing) {
  for (size_t g = 0; g < c->ngroups; g++) {
    const hd_actor *a = &c->actors[c->groups[g].first];
    if ((int)g == skip || a->kind != HD_ACT_PLAIN || a->bare || hd_is_international(a->code) || !strncmp(a->code, not_of, 3))
      continue;
    if (armed ? strlen(a->code) < 6 || !hd_state_force(a->code)
              : a->weak || strlen(a->code) != 3 || !a->why[0] || a->why[0]->kind != HD_ENT_NAME)
      continue;
    memcpy(facing, a->code, 3);
    facing[3] = 0;
    return (int)g;
  }
  return -1;
}

/* The group of another state's soldiers or police than the country of
** WHERE (a code) that the sentence of protest M names, not its source, with
** that state's code in FACING; or -1. */
static int facing_force(const hd_coder *c, const hd_match *m, const char *where, char *facing) {
  return other_state(c, m->source, where, 1, facing);
}

/* "مسيرات احتجاجية على الحدود بين قطاع غزة وإسرائيل": a protest at a
** border is aimed at the state across it, the one the sentence names by
** its name other than the protesters' OWN; sets FACING to its code and
** returns its group, or -1. */
static int across_border(const hd_coder *c, const char *own, char *facing) {
  static const char *const border[] = {   /* الحدود السياج الحدودي الحدوديه حدود */
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xac",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x8a\xd9\x87",
    "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf"};
  for (size_t i = 0; i < c->ntokens; i++)
    if (hd_tok_in(c, i, border, HD_ARRAY_LEN(border))) return other_state(c, -1, own, 0, facing);
  return -1;
}

/* "يطلق مسلحون قذائف باتجاه دمشق"، "هاجم محطة أنفاق لندن"، "غارة على
** صنعاء": a capital that violence (roots 18 to 20) struck is the city, of
** its country, not the government it names when it speaks ("دمشق تدين");
** the NT targets TGT of M's target group take the country's code, kept in
** STRUCK. */
static void struck_capitals(const hd_coder *c, const hd_match *m, hd_party *tgt, size_t nt, char (*struck)[4]) {
  if (m->target < 0 || root_of(m->p->code) < 18) return;
  const hd_group *gr = &c->groups[m->target];
  for (size_t i = 0; i < gr->count; i++)
    if (c->actors[gr->first + i].kind == HD_ACT_PARTIES) return;   /* (its parties are no city) */
  for (size_t i = 0; i < gr->count && i < nt; i++) {
    const hd_actor *a = &c->actors[gr->first + i];
    if (!a->why[0] || a->why[0]->kind != HD_ENT_CAPITAL) continue;
    snprintf(struck[i], 4, "%.3s", a->code);
    tgt[i].code = struck[i];
  }
}

/* Is group G named right after a word of support (`support` markers:
** "بدعم من"، "بإسناد جوي من"), two words between at most?  Then it fights on
** the side of the one it supports. */
static int supporter(const hd_coder *c, int g) {
  if (g < 0) return 0;
  size_t at = c->groups[g].tok_start;
  for (size_t k = 1; k <= 4 && k <= at; k++) {
    size_t i = at - k, len = hd_marker_at(c, i, HD_MARK_SUPPORT);
    if (c->tokens[i].kind != HD_TOK_WORD) return 0;
    if (len && i + len <= at && at - (i + len) <= 2) return 1;
  }
  return 0;
}

/* Codes the events of match M: each source with each target; a call or
** meeting both ways; a group acting together with no target, or the
** article's parties, with each other. */
int hd_code_match(hd_coder *c, const hd_match *m, hd_day day) {
  hd_party src[HD_MAX_GROUP * 2], tgt[HD_MAX_GROUP * 2];
  /* (one supporting the doer of violence is not its target: "تقاتل قوات
  ** المقاومة بإسناد من القوات المسلحة الإماراتية") */
  int target = m->target;
  if (root_of(m->p->code) >= 18 && supporter(c, target)) {
    if (c->explain)
      fprintf(c->explain, "  (%s supports the doer, and is not the target)\n", c->actors[c->groups[target].first].code);
    target = -1;
  }
  size_t ns, nt = expand_group(c, target, tgt, HD_ARRAY_LEN(tgt));
  char struck[HD_MAX_GROUP * 2][4];
  struck_capitals(c, m, tgt, nt, struck);
  if (nt == 0 && m->target_code[0]) tgt[nt++] = (hd_party){m->target_code, m->target_from, m->target_to, m->counted};
  int parties_target = m->target >= 0 && c->actors[c->groups[m->target].first].kind == HD_ACT_PARTIES;
  if (m->passive_parties) {
    ns = 0;
    for (size_t p = 0; p < c->nparties; p++) src[ns++] = (hd_party){c->parties[p], 0, 0, 0};
  } else if (m->implicit_source) {
    ns = 1;
    src[0] = (hd_party){m->p->default_source, 0, 0, 1};
  } else if (m->source < 0 && (m->prior || m->authority[0])) {
    ns = 1;
    src[0] = (hd_party){m->authority[0] ? m->authority : m->prior, 0, 0, strlen(m->authority) == 3};
  } else {
    ns = expand_group(c, m->source, src, HD_ARRAY_LEN(src));
  }
  /* (of the sides of fighting, the one not the victims': hd_clash_sides) */
  if (m->side_actor) {
    const hd_actor *a = &c->actors[m->side_actor - 1];
    size_t k = 0;
    for (size_t i = 0; i < ns; i++)
      if (src[i].tok_start == a->tok_start) src[k++] = src[i];
    ns = k;
  }
  if (ns == 0) return 0;
  /* the country's armed force strikes: "غارة إسرائيلية" is ISRMIL */
  char armed[HD_MAX_GROUP * 2][HD_CODE_MAX];
  for (size_t i = 0; m->attacker == 1 && root_of(m->p->code) >= 19 && i < ns; i++) {
    /* (one named with its role keeps it: "الجيش الإسرائيلي"، "الجيش") */
    if (strlen(src[i].code) != 3 || src[i].bare) continue;
    hd_join_code(armed[i], src[i].code, "MIL");
    src[i].code = armed[i];
  }
  int sym = m->p->flags & HD_PAT_SYM;
  int mutual = nt == 0 && ns >= 2 && (sym || is_mutual_code(m->p->code) || m->passive_parties || m->sides);
  int real = m->realis == HD_REALIS_ACTUAL && !m->plan_intent;   /* only what happened sets the article's parties */
  if (m->one_way) sym = 0;   /* "قتلى في صفوف الحوثيين في معارك مع المقاومة" */
  c->ev.mutual = mutual || (sym && nt > 0);
  if (mutual) {
    if (real && (sym || !strncmp(m->p->code, "04", 2))) note_parties(c, src, ns);
    for (size_t i = 0; i < ns; i++)
      for (size_t j = 0; j < ns; j++)
        if (i != j && emit(c, m, &src[i], &src[j], day)) return -1;
    return 0;
  }
  if (real && nt && (sym || !strncmp(m->p->code, "04", 2))) {
    hd_party all[HD_MAX_GROUP * 4];
    size_t n = 0;
    for (size_t i = 0; i < ns; i++) all[n++] = src[i];
    for (size_t i = 0; i < nt; i++) all[n++] = tgt[i];
    note_parties(c, all, n);
  }
  if (nt == 0 && m->p->default_target[0]) {
    /* "تظاهر آلاف في بيروت": with no addressee named, protest is a claim on
    ** the government where it happens; with no place known, on a government
    ** whose country the text does not give (GOV) */
    hd_party t = {m->p->default_target, 0, 0, 1};
    char buf[HD_CODE_MAX], own[HD_CODE_MAX], facing[4];
    hd_party lt = localize(c, t, event_place(c, m), buf);
    int force = ns ? facing_force(c, m, lt.code, facing) : -1;
    for (size_t i = 0; i < ns; i++) {
      /* the protesters' country: theirs, or the place's when they are not named */
      const char *who = is_state_code(&src[i]) ? src[i].code : lt.code != t.code ? lt.code : NULL;
      /* "تظاهر آلاف التونسيين": else the government of the protesters' country */
      hd_party st = lt;
      if (lt.code == t.code && is_state_code(&src[i])) {
        hd_country_role(own, src[i].code, t.code);
        st.code = own;
      }
      /* "تظاهر آلاف الفلسطينيين قرب السياج وأطلق الجيش الإسرائيلي النار":
      ** a protest faced by another state's soldiers or police is aimed at
      ** that state */
      /* (else one at a border with a state named by its name) */
      int faced = force >= 0 && strncmp(src[i].code, facing, 3) ? force : -1;
      if (force < 0 && strlen(src[i].code) >= 3 && !hd_is_international(src[i].code))
        faced = across_border(c, src[i].code, facing);
      if (faced >= 0) {
        st.code = facing;
        st.tok_start = c->groups[faced].tok_start;
        st.tok_end = c->groups[faced].tok_end;
      } else if (force < 0 && who && hd_state_force(c->attacker) && !hd_is_international(c->attacker) &&
                 !strncmp(who, c->attacked, 3) && strncmp(who, c->attacker, 3)) {
        /* "وتظاهر آلاف الفلسطينيين الجمعة في المنطقة الحدودية"، "ويخرج
        ** الفلسطينيون للتظاهر اليوم": with no force in the sentence, the
        ** state whose force the article has named striking the protesters'
        ** country (or, when the protesters are not named, the place's) */
        memcpy(facing, c->attacker, 3);
        facing[3] = 0;
        st.code = facing;
        st.tok_start = st.tok_end = 0;
      }
      st.bare = 0;
      if (emit(c, m, &src[i], &st, day)) return -1;
    }
    return 0;
  }
  for (size_t i = 0; i < ns; i++) {
    if (nt == 0 && emit(c, m, &src[i], NULL, day)) return -1;
    for (size_t j = 0; j < nt; j++) {
      /* "لدى تركيا وروسيا وإيران" said by Lavrov: of a group, the speaker's
      ** own state is not a target */
      if (nt > 1 && same_state(src[i].code, tgt[j].code)) continue;
      /* "حثت موسكو الطرفين": one of the article's parties urging "the two
      ** parties" speaks of another pair */
      if (parties_target && is_party(c, src[i].code)) break;
      if (emit(c, m, &src[i], &tgt[j], day)) return -1;
      if (sym && emit(c, m, &tgt[j], &src[i], day)) return -1;
    }
  }
  return 0;
}

const char *hd_event_str(const hd_event *ev, hd_field f) {
  return f < HD_FIELD_COUNT ? ev->field[f] : "";
}

int hd_event_sentence(const hd_event *ev) { return ev->sentence; }

int hd_event_quad(const hd_event *ev) { return ev->quad; }

double hd_event_goldstein(const hd_event *ev) { return ev->goldstein; }

hd_realis hd_event_realis(const hd_event *ev) { return ev->realis; }

int hd_event_mutual(const hd_event *ev) { return ev->mutual; }

size_t hd_event_spans(const hd_event *ev, hd_part part, size_t *start, size_t *end, size_t max) {
  if ((unsigned)part >= HD_PART_COUNT) return 0;
  size_t n = ev->nspans[part];
  for (size_t i = 0; i < n && i < max; i++) { start[i] = ev->span[part][i][0]; end[i] = ev->span[part][i][1]; }
  return n;
}

static const char *const realis_names[HD_REALIS_COUNT] = {
  "actual", "background", "planned", "hypothetical", "negated", "called-for", "threatened", "alleged"};

const char *hd_realis_name(hd_realis r) { return (unsigned)r < HD_REALIS_COUNT ? realis_names[r] : "?"; }

int hd_realis_from_name(const char *name) {
  for (int r = 0; r < HD_REALIS_COUNT; r++)
    if (!strcmp(name, realis_names[r])) return r;
  return -1;
}
