/*
** arguments.c: who did it and to whom, when the pattern's own slots did
** not say.  The subject before the verb or right after it, the agent after
** "على يد" or "من قبل", the attacker named by a nisba ("غارة إسرائيلية"), the
** victims after "مقتل", the addressee of a protest after "احتجاجا على", the
** subject shared by coordinated verbs.
*/
#include <stdlib.h>
#include "code/coder.h"

#define VICTIM_GAP 6     /* words allowed before the victims of violence */
#define UNDERGO_AGENT_GAP 2   /* words of its own after what a subject suffered, before the من that names the doer */
#define PLACE_GAP 10     /* words allowed before the place struck when violence names no target */
#define FRAME_REACH 8    /* words from a frame that opens the sentence to the verb whose subject it is of */
#define MARKER_REACH 5   /* words between "مقتل" or "احتجاجا على" and the actor it names */
#define AGENT_REACH 8    /* words between the noun of a condemned act and the word of agency that names its doer */
#define WEAPON_REACH 3   /* words between the words of violence and the weapon whose nisba names the attacker */
#define BETWEEN_REACH 10 /* words between a word of fighting and the بين of its sides */
#define CLASH_REACH 12   /* words between deaths and the fighting they happened in */
#define SIDES_REACH 6    /* words between a word of fighting and the مع or بين of its sides */
#define QUOTED_NAME 6    /* words of a quote before the rest of its sentence that may be only its speaker's name */

static const char *const clause_openers[] = {
  "\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7", "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
  "\xd8\xad\xd9\x8a\xd8\xab", "\xd9\x83\xd9\x85\xd8\xa7"};   /* فيما بينما حيث كما, also after و */

enum {
  SUBJECT = 1,        /* a counted group is none: it is an object */
  INTO_COMPLEMENT = 2 /* go on into what the verb asks ("على ضرورة أن تفي أوكرانيا") */
};

/* Does a relative pronoun and one of the verbs WORDS, with the pronoun of
** the noun before ("التي تدعمها"، "الذي تقوده"), stand right before token K?
** Returns the token of the relative pronoun, else -1. */
static long relative_verb_before(const hd_coder *c, size_t k, const char *const *words, size_t n) {
  return k > 1 && hd_tok_in(c, k - 1, words, n) && hd_marker_at(c, k - 2, HD_MARK_RELATIVE) ? (long)k - 2 : -1;
}

/* The token of the word of leading before group G when G is named as who
** leads another ("التحالف الذي تقوده السعودية"، "التحالف الدولي بقيادة
** واشنطن"، "الحزب بزعامة الرئيس"), else -1. */
static long leading_word(const hd_coder *c, int g) {
  static const char *const led[] = {   /* بقياده وبقياده بزعامه وبزعامه */
    "\xd8\xa8\xd9\x82\xd9\x8a\xd8\xa7\xd8\xaf\xd9\x87", "\xd9\x88\xd8\xa8\xd9\x82\xd9\x8a\xd8\xa7\xd8\xaf\xd9\x87",
    "\xd8\xa8\xd8\xb2\xd8\xb9\xd8\xa7\xd9\x85\xd9\x87", "\xd9\x88\xd8\xa8\xd8\xb2\xd8\xb9\xd8\xa7\xd9\x85\xd9\x87"};
  static const char *const leads[] = {   /* تقوده يقوده تقودها يقودها تتزعمه يتزعمه تتزعمها يتزعمها */
    "\xd8\xaa\xd9\x82\xd9\x88\xd8\xaf\xd9\x87", "\xd9\x8a\xd9\x82\xd9\x88\xd8\xaf\xd9\x87",
    "\xd8\xaa\xd9\x82\xd9\x88\xd8\xaf\xd9\x87\xd8\xa7", "\xd9\x8a\xd9\x82\xd9\x88\xd8\xaf\xd9\x87\xd8\xa7",
    "\xd8\xaa\xd8\xaa\xd8\xb2\xd8\xb9\xd9\x85\xd9\x87", "\xd9\x8a\xd8\xaa\xd8\xb2\xd8\xb9\xd9\x85\xd9\x87",
    "\xd8\xaa\xd8\xaa\xd8\xb2\xd8\xb9\xd9\x85\xd9\x87\xd8\xa7", "\xd9\x8a\xd8\xaa\xd8\xb2\xd8\xb9\xd9\x85\xd9\x87\xd8\xa7"};
  size_t k = c->groups[g].tok_start;
  if (k > 0 && hd_tok_in(c, k - 1, led, HD_ARRAY_LEN(led))) return (long)k - 1;
  return relative_verb_before(c, k, leads, HD_ARRAY_LEN(leads));
}

/* The first group within GAP_MAX words after token POS in clause CL,
** other than AVOID and one named as the one who tells. */
static int group_after(const hd_coder *c, int cl, size_t pos, int avoid, int gap_max, int flags) {
  int gap = 0, subject = flags & SUBJECT;
  for (size_t i = pos; i < c->ntokens; i++) {
    int r = hd_reach(c, cl, i), in = c->clause_at[i];
    /* "المحتجين الذين أطلقوا العنان للشتائم لقوى المعارضة": what a
    ** relative clause says of the source is the source's */
    if (r == 0 && avoid >= 0 && c->clauses[in].kind == HD_CLAUSE_RELATIVE && c->clauses[in].antecedent == avoid) {
      cl = in;
      r = 1;
    }
    if (r == 0) continue;
    if (r < 0) {
      if (!(flags & INTO_COMPLEMENT) || c->clauses[in].kind != HD_CLAUSE_COMPLEMENT || !hd_clause_within(c, in, cl))
        return -1;
      cl = in;
    }
    int g = c->actor_at[i];
    if (g < 0 && subject && hd_is_count(c, i)) return -1;   /* a counted group is an object */
    /* (who leads the group before is no object: "قصف التحالف الذي تقوده
    ** السعودية مواقع للحوثيين") */
    if (g >= 0 && g != avoid && !hd_named_as_teller(c, g) && leading_word(c, g) < 0) return g;
    if (g >= 0) { i = c->groups[g].tok_end - 1; continue; }
    const hd_token *t = &c->tokens[i];
    if (is_stop(t)) return -1;
    /* a long reach stops where another clause begins: "، فيما طالب ..." */
    if (t->kind == HD_TOK_PUNCT && t->punct == ',' && gap_max > TRAILING_GAP && i + 1 < c->ntokens &&
        hd_tok_in(c, i + 1, clause_openers, HD_ARRAY_LEN(clause_openers)))
      return -1;
    if (!is_transparent(t) && ++gap > gap_max) return -1;
  }
  return -1;
}

static int addressed(const hd_coder *c, size_t tok);

/* The first entry of the agents' dictionary for mention MN that carries
** all of FLAGS, or NULL. */
static const hd_entry *agent_entry(const hd_coder *c, const hd_mention *mn, unsigned flags) {
  for (const hd_entry *e = hd_dict_first_entry(c->dict, mn->node); e; e = hd_dict_next_entry(c->dict, e))
    if (e->kind == HD_ENT_AGENT && (e->flags & flags) == flags) return e;
  return NULL;
}

/* The end of a word of the agents' dictionary that starts at token I and
** names no actor there ("مدفعية"، "طائرات"); 0 if none. */
static size_t agent_word_end(const hd_coder *c, size_t i) {
  if (i >= c->ntokens || c->actor_at[i] >= 0) return 0;
  for (size_t k = 0; k < c->nmentions; k++) {
    const hd_mention *mn = &c->mentions[k];
    if (mn->tok_start > i) break;
    if (mn->tok_start == i && agent_entry(c, mn, 0)) return mn->tok_end;
  }
  return 0;
}

/* The agent of a passive or of a verbal noun, named after it: "على يد
** مسلحين", "بأيدي", "من قبل الشرطة", "من جانب عناصر من جيش المهدي",
** "برصاص الجيش". */
static int agent_phrase(const hd_coder *c, const hd_match *m) {
  int gap = 0, cl = c->clause_at[m->anchor];
  /* from the pattern's anchor on: the phrase may stand between its words
  ** ("إطلاق النار من قبل الجيش على"), or be opened by its last one ("...
  ** نار من" + "جانب") */
  for (size_t i = m->anchor + 1; i < c->ntokens && gap <= MARKER_REACH; i++) {
    int r = hd_reach(c, cl, i);
    if (r < 0) return -1;
    /* "الغارات الجوية التي شنها التحالف"، "الضربات التي نفذتها الولايات
    ** المتحدة": a relative clause right after the words, whose verb
    ** carries the pronoun of what was done, names who did it */
    const hd_clause *k = &c->clauses[c->clause_at[i]];
    size_t rlen = r == 0 && k->kind == HD_CLAUSE_RELATIVE && k->opener == i && gap <= 1 && i + 1 < c->ntokens &&
                         c->clause_at[i + 1] == c->clause_at[i]
                     ? hd_marker_at(c, i + 1, HD_MARK_AGENT)
                     : 0;
    if (rlen) {
      int g = group_after(c, c->clause_at[i], i + 1 + rlen, -1, 3, 0);
      /* (not one it was aimed at: "الهجمات التي شنتها على السعودية") */
      if (g < 0 || hd_is_weak(c, g) || addressed(c, c->groups[g].tok_start)) return -1;
      hd_explain_marker(c, i + 1, HD_MARK_AGENT, "source", g);
      return g;
    }
    if (r == 0) continue;
    const hd_token *t = &c->tokens[i];
    if (is_stop(t)) return -1;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_end - 1; continue; }
    size_t len = hd_marker_at(c, i, HD_MARK_AGENT);
    /* "تعرضت البلدة لقصف عنيف من قوات النظام"، "تتعرض لقصف من مدفعية
    ** النظام": after the words of violence the subject suffered (@undergo,
    ** with a doer unnamed by default), من names who did it (not after
    ** "لهجوم حاد"، words of criticism, which have no default doer) */
    if (!len && (m->p->flags & HD_PAT_UNDERGO) && m->p->default_source[0] && i > m->last && gap <= UNDERGO_AGENT_GAP &&
        hd_tok_is(c, i, "\xd9\x85\xd9\x86"))   /* من */
      len = 1;
    if (len) {
      /* (right after من, or after a word of forces or arms that names no
      ** one itself: "من مدفعية النظام"; not "من كارهي إسرائيل") */
      int bare = !hd_marker_at(c, i, HD_MARK_AGENT);
      size_t from = i + len, force = bare ? agent_word_end(c, from) : 0;
      int g = group_after(c, cl, force ? force : from, -1, bare ? 0 : 3, 0);
      if (g < 0 || hd_is_weak(c, g)) return -1;
      hd_explain_marker(c, i, HD_MARK_AGENT, "source", g);
      return g;
    }
    if (!is_transparent(t) && i > m->last) gap++;
  }
  return -1;
}

/* The weak group (a nisba) right after token I; up to SKIP words of its
** own may come between: "ضربة جوية أميركية"، "هجمات لصواريخ وقذائف هاون
** فلسطينية".  With PEOPLE, a nisba of the plural's form right after it
** also counts: "سقوط صاروخين إسرائيليين". */
static int nisba_after(const hd_coder *c, size_t i, int skip, int people) {
  /* (a nisba after "على مواقع" is the victims': "غارة على مواقع حوثية") */
  static const char *const stops[] = {"\xd8\xb9\xd9\x84\xd9\x8a", "\xd9\x81\xd9\x8a", "\xd8\xb6\xd8\xaf",
                                      "\xd8\xa7\xd9\x84\xd9\x8a", "\xd9\x85\xd9\x86", "\xd9\x82\xd8\xb1\xd8\xa8",
                                      "\xd9\x88\xd8\xb3\xd8\xb7", "\xd8\xaf\xd8\xa7\xd8\xae\xd9\x84", "\xd8\xa7\xd9\x85\xd8\xa7\xd9\x85",
                                      "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd8\xa8\xd9\x8a\xd9\x86", "\xd8\xb9\xd9\x86\xd8\xaf"};
  /* علي في ضد الي من قرب وسط داخل امام خلال بين عند */
  size_t at = i + 1;
  for (int k = 0; k < skip && at < c->ntokens && c->actor_at[at] < 0 && c->tokens[at].kind == HD_TOK_WORD; k++) {
    if (hd_tok_in(c, at, stops, HD_ARRAY_LEN(stops)) || hd_marker_at(c, at, HD_MARK_VICTIM)) break;
    at++;
  }
  int g = at < c->ntokens ? c->actor_at[at] : -1;
  if (g < 0 || c->groups[g].tok_start != at) return -1;
  const hd_actor *a = &c->actors[c->groups[g].first];
  /* ("صاروخا حوثيا": a named group's own nisba, in one word without the
  ** article, agrees with what it fired) */
  if (people && at == i + 1 && c->groups[g].tok_end == at + 1 && a->why[0] && a->why[0]->kind == HD_ENT_ACTOR &&
      !(a->clitics & HD_CL_ARTICLE) && (hd_ends_in(c, at, "\xd9\x8a\xd8\xa7") || hd_ends_in(c, at, "\xd9\x8a\xd9\x87")))
    return g;
  return (a->weak || (people && at == i + 1)) && a->why[0] && a->why[0]->kind == HD_ENT_ADJ ? g : -1;
}

/* Does the actor at token TOK carry the preposition ل ("للأردن")? */
static int addressed_by_lam(const hd_coder *c, size_t tok) {
  const hd_token *t = &c->tokens[tok];
  for (size_t k = 0; k < t->nana; k++) {
    const hd_analysis *a = &c->ana[t->ana + k];
    if ((a->flags & HD_CL_PREP) && !(a->flags & HD_CL_IN) && a->pre >= 2 &&
        !memcmp(tok_text(c, t) + ((a->flags & HD_CL_CONJ) ? 2 : 0), "\xd9\x84", 2))   /* ل */
      return 1;
  }
  return 0;
}

/* Does token TOK follow, as its own word, a preposition that names whom an
** act is for or against: إلى، على، ضد، بحق، تجاه or نحو? */
int hd_after_object_prep(const hd_coder *c, size_t tok) {
  static const char *const preps[] = {
    "\xd8\xa7\xd9\x84\xd9\x8a", "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xb6\xd8\xaf", "\xd8\xa8\xd8\xad\xd9\x82",
    "\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87", "\xd9\x86\xd8\xad\xd9\x88"};   /* الي علي ضد بحق تجاه نحو */
  return tok > 0 && hd_tok_in(c, tok - 1, preps, HD_ARRAY_LEN(preps));
}

/* Is the actor at token TOK named as the one an act is for or against:
** after ل ("للأردن"), or after one of those prepositions? */
static int addressed(const hd_coder *c, size_t tok) { return addressed_by_lam(c, tok) || hd_after_object_prep(c, tok); }

int hd_addressed(const hd_coder *c, size_t tok) { return addressed(c, tok); }

/* The actor named after ل right after token I ("غارات للتحالف"), or one
** word later ("غارة جوية لقوات التحالف"); -1 when none, or when it is a
** nisba or a role with no country. */
static int possessor_after(const hd_coder *c, size_t i, int body_ok) {
  /* the word of a body, with ل, before a name the dictionary knows
  ** without it, after the word of violence itself (BODY_OK): "هجومين
  ** جديدين لحركة بوكو حرام"; not after what was struck ("تجمعا لجماعة") */
  static const char *const bodies[] = {"\xd9\x84\xd8\xad\xd8\xb1\xd9\x83\xd9\x87", "\xd9\x84\xd8\xac\xd9\x85\xd8\xa7\xd8\xb9\xd9\x87",
                                       "\xd9\x84\xd8\xaa\xd9\x86\xd8\xb8\xd9\x8a\xd9\x85"};   /* لحركه لجماعه لتنظيم */
  /* "حاجزا للجيش": what is struck belongs to the victims; so does what
  ** follows a preposition of whom it strikes ("غارات على تعزيزات
  ** للميليشيات الحوثية") */
  if (hd_marker_at(c, i, HD_MARK_VICTIM) || hd_after_object_prep(c, i + 1)) return -1;
  for (size_t at = i + 1; at <= i + 3 && at < c->ntokens; at++) {
    int g = c->actor_at[at];
    int body = body_ok && at > i + 1 && hd_tok_in(c, at - 1, bodies, HD_ARRAY_LEN(bodies));
    if (g >= 0) {
      const hd_actor *a = &c->actors[c->groups[g].first];
      return c->groups[g].tok_start == at && !a->weak && !a->bare && (addressed_by_lam(c, at) || body) ? g : -1;
    }
    if (c->tokens[at].kind != HD_TOK_WORD || hd_marker_at(c, at, HD_MARK_VICTIM)) return -1;
    if (at == i + 2 && !(body_ok && hd_tok_in(c, at, bodies, HD_ARRAY_LEN(bodies)))) return -1;
  }
  return -1;
}

/* The one named as having fired a weapon ([markers] weapon) or made a
** strike ([markers] strike) within WEAPON_REACH words of M's words, in its
** clause: by a nisba right after it, when NISBA (after a weapon, one word
** of its own between at most: "صواريخ إسرائيلية"، "قذائف هاون إسرائيلية";
** after a strike, none: "غارات إسرائيلية تستهدف"); else after ل right
** after it ("صواريخ للحوثيين"); -1 when none. */
static int weapon_owner(const hd_coder *c, const hd_match *m, int nisba) {
  int cl = c->clause_at[m->anchor];
  for (size_t i = hd_words_start(c, m->anchor, WEAPON_REACH); i < c->ntokens; i++) {
    if (i > m->last && hd_words_in(c, m->last + 1, i + 1) > WEAPON_REACH) break;
    if (c->tokens[i].kind != HD_TOK_WORD || c->actor_at[i] >= 0 || hd_scope(c, cl, i) == HD_OUTSIDE) continue;
    size_t len = hd_marker_at(c, i, HD_MARK_WEAPON), strike = 0;
    if (!len) strike = len = hd_marker_at(c, i, HD_MARK_STRIKE);
    if (!len) continue;
    /* (a strike's own words are in its marker: "قصف مواقع إسرائيلية"
    ** struck Israel's positions) */
    int g = nisba ? nisba_after(c, i + len - 1, strike ? 0 : 1, 1) : possessor_after(c, i + len - 1, 0);
    if (g >= 0) return g;
  }
  return -1;
}

/* The nisba of the strike a relative clause opening with M's verb hangs
** from ("الضربات الإسرائيلية التي استهدفت"), or -1. */
static int struck_by_antecedent(const hd_coder *c, const hd_match *m) {
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind != HD_CLAUSE_RELATIVE || k->antecedent < 0 || m->anchor != (size_t)k->opener + 1) return -1;
  int g = k->antecedent;
  const hd_actor *a = &c->actors[c->groups[g].first];
  size_t at = c->groups[g].tok_start;
  if (!a->weak || !a->why[0] || a->why[0]->kind != HD_ENT_ADJ || at == 0 || c->groups[g].tok_end != k->opener)
    return -1;
  /* (one word of its own may stand between: "الضربات الجوية الإسرائيلية") */
  if (hd_marker_at(c, at - 1, HD_MARK_STRIKE)) return g;
  return at > 1 && c->actor_at[at - 1] < 0 && hd_marker_at(c, at - 2, HD_MARK_STRIKE) ? g : -1;
}

/* "تدين الهجوم على دوما السورية"، "أدان اغتيال الصحفي": condemning an act
** of violence (@doer) is aimed at whoever did it, named
**   - as the verb's object, right after it or its subject ("يدين
**     إسرائيل لقتلها")
**   - after the noun of the act, two words of its own between at most
**     (its weapon, adjectives): by a nisba or a name ("الهجوم الحوثي"،
**     "إطلاق الصواريخ الحوثية"، "هجوم الحوثيين"), or after ل ("إطلاق
**     النار العشوائي للجيش الإسرائيلي"); but one right after a word of
**     its victims that is no armed force is the victim ("اغتيال الصحفي").
** Not at where or whom it struck: a preposition or a word of what was
** struck ends the search, and where no doer is named the condemnation is
** aimed at no one. */
void hd_condemned_doer(const hd_coder *c, hd_match *m) {
  static const char *const armed[] = {"MIL", "REB", "UAF", "COP", "SPY", "INS"};
  static const char *const from[] = {"\xd9\x85\xd9\x86"};   /* من */
  static const char *const stops[] = {   /* علي في ضد الي من عن قرب داخل امام خلال بين عند حول */
    "\xd8\xb9\xd9\x84\xd9\x8a", "\xd9\x81\xd9\x8a", "\xd8\xb6\xd8\xaf", "\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x86", "\xd9\x82\xd8\xb1\xd8\xa8", "\xd8\xaf\xd8\xa7\xd8\xae\xd9\x84",
    "\xd8\xa7\xd9\x85\xd8\xa7\xd9\x85", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd8\xa8\xd9\x8a\xd9\x86",
    "\xd8\xb9\xd9\x86\xd8\xaf", "\xd8\xad\xd9\x88\xd9\x84"};
  if (!(m->p->flags & HD_PAT_DOER)) return;
  m->target_code[0] = '\0';
  /* (the noun of the act: the pattern's last word, or the one before the
  ** relative clause that tells more of it: "الهجوم الحوثي الذي وقع") */
  size_t noun = m->last;
  for (size_t k = 1; k < m->nwords; k++)
    if (hd_marker_at(c, m->words[k], HD_MARK_RELATIVE)) { noun = m->words[k - 1]; break; }
  int doer = -1;
  /* (the one named after من قبل or على يد did the act, and does not
  ** condemn it: "ندين هذه الاعتداءات من قبل القوات الإسرائيلية") */
  if (m->agent && m->source >= 0 && c->groups[m->source].tok_start > noun) {
    doer = m->source;
    m->source = hd_subject_before(c, m->anchor, 0);
    m->agent = 0;
  }
  /* (the one named right after a word of agency, in the noun's clause or
  ** a relative clause on it: "إطلاق 7 صواريخ من قبل الحوثيين"، "المجزرة
  ** التي ارتكبتها قوات الجيش الإسرائيلي") */
  int noun_cl = c->clause_at[noun];
  for (size_t at = noun + 1, words = 0; doer < 0 && at < c->ntokens && words <= AGENT_REACH; at++) {
    int cl = c->clause_at[at];
    if (cl != noun_cl && !(c->clauses[cl].kind == HD_CLAUSE_RELATIVE && c->clauses[cl].parent == noun_cl)) break;
    if (c->tokens[at].kind == HD_TOK_PUNCT) {
      if (c->tokens[at].punct == '"') continue;
      break;
    }
    if (c->actor_at[at] >= 0) { at = c->groups[c->actor_at[at]].tok_end - 1; words++; continue; }
    size_t len = hd_marker_at(c, at, HD_MARK_AGENT);
    if (len) {
      size_t b = at + len;
      /* (a word of its own may come first: "قوات الجيش الإسرائيلي") */
      if (b + 1 < c->ntokens && c->actor_at[b] < 0 && c->tokens[b].kind == HD_TOK_WORD && !hd_has_preposition(c, b)) b++;
      int g = b < c->ntokens ? c->actor_at[b] : -1;
      if (g >= 0 && c->groups[g].tok_start == b && !hd_is_weak(c, g) && !hd_has_role(c->actors[c->groups[g].first].code, "UAF"))
        doer = g;
      break;
    }
    words++;
  }
  size_t obj = m->anchor + 1;
  if (m->source >= 0 && c->groups[m->source].tok_start == obj) obj = c->groups[m->source].tok_end;
  if (doer < 0 && obj < noun && c->actor_at[obj] >= 0 && c->groups[c->actor_at[obj]].tok_start == obj && !addressed(c, obj) &&
      !hd_has_preposition(c, obj) && !hd_is_weak(c, c->actor_at[obj]))
    doer = c->actor_at[obj];
  for (size_t at = noun + 1, words = 0; doer < 0 && at < c->ntokens; at++) {
    const hd_token *t = &c->tokens[at];
    if (c->clause_at[at] != c->clause_at[noun]) break;   /* ("الهجوم الذي شهدته فرنسا") */
    if (t->kind == HD_TOK_PUNCT) {
      if (t->punct == '"') continue;
      break;
    }
    int g = c->actor_at[at];
    if (g >= 0) {
      const hd_actor *a = &c->actors[c->groups[g].first];
      /* (nor an unnamed armed man: "الهجوم المسلح") */
      if (c->groups[g].tok_start != at || hd_after_object_prep(c, at) || hd_has_role(a->code, "UAF")) break;
      if (addressed_by_lam(c, at)) {
        if (!a->weak && !a->bare) doer = g;
        break;
      }
      if (hd_has_preposition(c, at)) break;
      int nisba = a->weak && a->why[0] && a->why[0]->kind == HD_ENT_ADJ, is_armed = !strncmp(a->code, "IMG", 3);
      for (size_t k = 0; k < HD_ARRAY_LEN(armed) && !is_armed; k++) is_armed = hd_has_role(a->code, armed[k]);
      if (nisba || words > 0 || !hd_marker_at(c, noun, HD_MARK_VICTIM) || is_armed) doer = g;
      break;
    }
    /* ("إطلاق صواريخ من قطاع غزة": what is fired from a place, its side
    ** fired) */
    int fired_from = hd_tok_in(c, at, from, 1) && at + 1 < c->ntokens;
    if (fired_from && c->actor_at[at + 1] >= 0 && c->groups[c->actor_at[at + 1]].tok_start == at + 1 &&
        strlen(c->actors[c->groups[c->actor_at[at + 1]].first].code) == 3 && !hd_is_weak(c, c->actor_at[at + 1])) {
      doer = c->actor_at[at + 1];
      break;
    }
    if (fired_from && c->actor_at[at + 1] < 0)
      for (size_t k = 0; k < c->nplaces; k++)
        if (c->places[k].tok_start == at + 1 && c->places[k].kind != HD_ENT_ADJ) {
          snprintf(m->target_code, sizeof m->target_code, "%s", c->places[k].country);
          m->target_from = c->places[k].tok_start;
          m->target_to = c->places[k].tok_end;
        }
    if (hd_tok_in(c, at, stops, HD_ARRAY_LEN(stops)) || hd_has_preposition(c, at) || hd_marker_at(c, at, HD_MARK_VICTIM) ||
        hd_is_verb(c, at) || ++words > 2)
      break;
  }
  m->target = doer;
}

/* The target once the group a target slot took proves to be the attacker:
** the victim before the passive reading ("عشرات الفلسطينيين الذين قتلوا
** بالرصاص الإسرائيلي"), or none. */
static int victim_or_none(const hd_match *m) { return m->victim >= 0 && m->victim != m->source ? m->victim : -1; }

/* "ضربة جوية أميركية", "غارة إسرائيلية": a nisba right after the words
** of violence names the attacker, not the victim. */
static void attacker_nisba(const hd_coder *c, hd_match *m) {
  if (root_of(m->p->code) < 18 || (m->source >= 0 && !hd_is_weak(c, m->source))) return;
  /* (not after the words' own preposition of whom they strike: "هجوم
  ** واسع النطاق ضد منشآت عسكرية إيرانية" struck Iran's) */
  /* (nor the victim right after a verb read as passive: "قتل فلسطيني
  ** بقصف إسرائيلي" was killed by Israel's shelling) */
  int victim_next = !m->noun && m->last == m->anchor && m->p->nelem > 1 && m->p->elem[1].kind == HD_PAT_TARGET;
  int g = hd_after_object_prep(c, m->last + 1) || victim_next ? -1 : nisba_after(c, m->last, 3, 0);
  /* "القصف الإسرائيلي الذي استهدف مطارا": the verb of a relative clause
  ** whose noun is a strike with a nisba was struck by that nisba */
  if (g < 0) g = struck_by_antecedent(c, m);
  /* "غارة إسرائيلية على": where the pattern puts its source right after the
  ** anchor; "شن ضربة جوية أميركية على": right after a later word of it (a
  ** weapon's, not a victim's: "صاروخين إسرائيليين" were fired by Israel) */
  if (g < 0 && m->p->nelem > 1 && m->p->elem[1].kind == HD_PAT_SOURCE) g = nisba_after(c, m->anchor, 0, 0);
  for (size_t k = 1; g < 0 && k + 1 < m->nwords; k++) g = nisba_after(c, m->words[k], 0, 1);
  /* "في غارات للتحالف العربي"، "بغارة جوية لقوات التحالف": the one whose
  ** strikes they are, after ل, right after a word of violence */
  /* "استهدفت صواريخ إسرائيلية قاعدة"، "قذائف إسرائيلية استهدفت مواقع":
  ** the nisba of what was fired, near the words of violence */
  if (g < 0) g = weapon_owner(c, m, 1);
  /* (a state's nisba is its armed force; a group's own name, itself) */
  const hd_entry *named = g >= 0 ? c->actors[c->groups[g].first].why[0] : NULL;
  int nisba = named && named->kind == HD_ENT_ADJ;
  for (size_t k = 0; g < 0 && k < m->nwords; k++) g = possessor_after(c, m->words[k], m->words[k] == m->anchor);
  if (g < 0) g = weapon_owner(c, m, 0);
  if (g < 0) return;
  m->source = g;
  m->attacker = nisba ? 1 : 2;
  if (m->target == g) m->target = victim_or_none(m);
}

/* Is group G named in the accusative ("أصاب شابا أفغانيا"، "يعذبون
** أشخاصا"), so the object of a verb, never its subject?  Not a noun
** counted ("تظاهر 150 شخصا") nor the noun of إن ("إن متظاهرا توفي"). */
int hd_accusative(const hd_coder *c, int g) {
  static const char *const inna[] = {   /* ان بان لكن كان (كأن) */
    "\xd8\xa7\xd9\x86", "\xd8\xa8\xd8\xa7\xd9\x86", "\xd9\x84\xd9\x83\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86"};
  if (g < 0) return 0;
  const hd_actor *a = &c->actors[c->groups[g].first];
  size_t at = c->groups[g].tok_start;
  /* (a role may be listed in the accusative too: "شابا" beside "شاب") */
  int acc = (a->clitics & HD_CL_ALEF) != 0;
  if (!acc && !(a->clitics & HD_CL_SUFFIX) && a->why[0] && a->why[0]->kind == HD_ENT_AGENT)
    acc = hd_reading_with(c, at, HD_CL_ALEF);
  /* a dual before what it belongs to is no accusative ("زعيما كوريا
  ** الشمالية"، "وزيرا خارجية اليونان"); an adjective after it agrees with it
  ** ("شابا أفغانيا"، "جنودا رومانيين") */
  if (acc && c->groups[g].tok_end > at + 1) {
    const hd_token *n = &c->tokens[at + 1];
    int agrees = hd_ends_in(c, at + 1, "\xd9\x8a\xd9\x86") || hd_reading_with(c, at + 1, HD_CL_ALEF);   /* ين */
    for (size_t k = 0; k < HD_ARRAY_LEN(a->why) && a->why[k]; k++)   /* "زعيما كوريا" */
      if (a->why[k]->kind == HD_ENT_NAME || a->why[k]->kind == HD_ENT_CAPITAL) agrees = 0;
    if (tok_len(n) > 4 && !memcmp(tok_text(c, n), "\xd8\xa7\xd9\x84", 4)) agrees = 0;   /* "زعيما البلدين" */
    acc = agrees;
  }
  if (!acc || at == 0) return acc;
  /* an adjective that agrees with the noun before it ("هجوما حوثيا") */
  if (hd_reading_with(c, at - 1, HD_CL_ALEF)) return 0;
  const hd_token *t = &c->tokens[at - 1];
  return !(t->kind == HD_TOK_NUMBER || hd_is_count(c, at - 1) || hd_tok_in(c, at - 1, inna, HD_ARRAY_LEN(inna)));
}

/* Is token I surely a verb, not the noun of the act?  A bare word of three
** letters may be either ("قتل"، "قمع"), and so may a form whose noun is
** spelt as its past ("تبادل"، "توغل"، "تعهد").  A verb of more letters is
** one of its imperfects (يقتل، يهاجمون), one that ends as a past does
** (اختطفت، قتلوا), or one whose imperfect the dictionary lists beside it:
** "تقتل" beside "يقتل", "هاجم" beside "يهاجم", "أعدم" beside "يعدم". */
static int surely_verb(const hd_coder *c, size_t i) {
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  if (n <= 6 || hd_reading_with(c, i, HD_CL_PREP) || hd_reading_with(c, i, HD_CL_ARTICLE)) return 0;
  if (!memcmp(w + n - 4, "\xd8\xa7\xd8\xaa", 4)) return 0;   /* ات: a plural noun */
  if (!memcmp(w, "\xd9\x8a", 2) || !memcmp(w + n - 4, "\xd9\x88\xd8\xa7", 4) || !memcmp(w + n - 2, "\xd8\xaa", 2))
    return 1;   /* يـ، ـوا، ـت */
  char imperfect[64];
  size_t skip = !memcmp(w, "\xd8\xa7", 2) || !memcmp(w, "\xd8\xaa", 2) || !memcmp(w, "\xd9\x86", 2) ? 2 : 0;   /* ا ت ن */
  if (n - skip + 2 > sizeof imperfect) return 0;
  memcpy(imperfect, "\xd9\x8a", 2);
  memcpy(imperfect + 2, w + skip, n - skip);
  uint32_t id = hd_dict_word(c->dict, imperfect, n - skip + 2);
  return id != HD_NO_WORD && id < c->dict->nwords && (c->dict->word_role[id] & HD_WORD_ANCHORS);
}

/* Is group G, right after the verb at ANCHOR, a sound plural or a dual in
** ين ("ويقتل إرهابيين"، "تقصف الحوثيين"، "هاجم مصلين")?  That ending is
** never the nominative, so such a group is the verb's object, not its
** subject.  A role or a people only, with no preposition on it and a stem
** of five letters or more: not a name ("بوتين"), nor "الأمين"; and only
** after a word that is surely a verb, for the genitive after the noun of
** an act may be its doer ("هجوم متطرفين"، "نهب الحوثيين"). */
static int oblique_after_verb(const hd_coder *c, int g, size_t anchor) {
  static const char *const inna[] = {   /* ان بان لكن */
    "\xd8\xa7\xd9\x86", "\xd8\xa8\xd8\xa7\xd9\x86", "\xd9\x84\xd9\x83\xd9\x86"};
  if (g < 0) return 0;
  const hd_actor *a = &c->actors[c->groups[g].first];
  size_t at = c->groups[g].tok_start;
  if (at != anchor + 1 || (a->clitics & (HD_CL_PREP | HD_CL_SUFFIX)) || a->again || !a->why[0]) return 0;
  int kind = a->why[0]->kind;
  const hd_token *t = &c->tokens[at];
  size_t n = tok_len(t);
  if (n >= 4 && !memcmp(tok_text(c, t), "\xd8\xa7\xd9\x84", 4)) n -= 4;   /* ال */
  if (kind == HD_ENT_ACTOR) {   /* a people named as a group: "الحوثيين" */
    if (!hd_ends_in(c, at, "\xd9\x8a\xd9\x8a\xd9\x86")) return 0;   /* يين */
  } else if (kind != HD_ENT_AGENT && kind != HD_ENT_ADJ) return 0;
  if (n < 10 || !hd_ends_in(c, at, "\xd9\x8a\xd9\x86")) return 0;   /* ين */
  return !hd_tok_in(c, anchor, inna, HD_ARRAY_LEN(inna)) && surely_verb(c, anchor);
}

/* The source when the pattern's slot stayed empty: for a pattern without
** a source slot, the subject right after the verb (verb-subject order is
** Arabic's own); else the subject before it.  A role in the accusative
** after the verb, or in the oblique plural right after it, is its object,
** not its source. */
void hd_default_source(const hd_coder *c, hd_match *m) {
  /* "أصاب الرجل شابا أفغانيا بجروح": the accusative is the object of a
  ** verb (after a noun it may agree with it: "يحبط هجوما حوثيا") */
  int oblique = !m->noun && m->source >= 0 && c->groups[m->source].tok_start > m->anchor &&
                !hd_accusative(c, m->source) && oblique_after_verb(c, m->source, m->anchor);
  if (oblique && c->explain) {
    const hd_token *t = &c->tokens[c->groups[m->source].tok_start];
    fprintf(c->explain, "  object \"%.*s\" in \xd9\x8a\xd9\x86 right after the verb: its object, not its subject\n",
            (int)tok_len(t), tok_text(c, t));
  }
  if (!m->noun && m->source >= 0 && c->groups[m->source].tok_start > m->anchor && (oblique || hd_accusative(c, m->source))) {
    if (m->target < 0) m->target = m->source;
    m->source = -1;
  }
  attacker_nisba(c, m);
  if (m->attacker) return;
  if (m->source < 0) {
    /* (the one named after "على يد" or "تبناه" is the doer, though a
    ** target slot took it: "هجوم في كابول تبناه تنظيم الدولة") */
    int g = agent_phrase(c, m);
    if (g >= 0) {
      m->source = g;
      m->agent = 1;
      if (m->target == g) m->target = victim_or_none(m);
    }
  }
  if (m->source < 0 && !hd_has_slot(m->p, HD_PAT_SOURCE) && m->target < 0) {
    m->source = group_after(c, c->clause_at[m->anchor], m->anchor + 1, m->target, 1,
                            hd_has_slot(m->p, HD_PAT_TARGET) ? SUBJECT : 0);
    /* (not whom a protest is against, named right after the word that says
    ** so: "مظاهرات مناهضة لأمريكا وإسرائيل في إيران") */
    size_t b = m->source >= 0 ? c->groups[m->source].tok_start : 0;
    if (b > 0 && hd_marker_at(c, b - 1, HD_MARK_ADDRESSEE)) m->source = -1;
  }
  if (hd_is_weak(c, m->source)) m->source = -1;
  if (m->source < 0 && !m->noun && !(m->p->flags & HD_PAT_PASSIVE)) {
    int g = hd_subject_before(c, m->anchor, 0);
    if (g != m->target) m->source = g;   /* the victim before a passive verb stays the victim */
    m->source_before = m->source >= 0;
  }
  if (m->source == m->target) m->target = -1;
  if (m->source < 0 && (m->p->flags & HD_PAT_PASSIVE)) m->passive_parties = 1;
  if (m->source < 0 && !m->passive_parties && m->p->default_source[0]) m->implicit_source = 1;
}

/* Does the word W of N bytes open with one of the COUNT WORDS and go on
** past it (a pronoun after it: "هجومه"، "اتصالاته")? */
static int opens_with(const char *w, size_t n, const char *const *words, size_t count) {
  for (size_t k = 0; k < count; k++)
    if (n > strlen(words[k]) && !memcmp(w, words[k], strlen(words[k]))) return 1;
  return 0;
}

/* "قال ترامب إن لقاءه مع كيم جونغ أون سيتم في أيار"، "وأكد أن اجتماعه مع
** بوتين كان مثمرا": a noun of meeting that carries a possessive pronoun
** and opens the words a verb of saying governs is the speaker's meeting:
** the speaker is its source.  (Not the plural of many: "اتصالاته الهاتفية
** مع نظيره" are his calls over time.) */
void hd_meeting_possessor(const hd_coder *c, hd_match *m) {
  static const char *const many[] = {   /* اتصالات لقاءات اجتماعات */
    "\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa", "\xd9\x84\xd9\x82\xd8\xa7\xd8\xa1\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa"};
  if (m->source >= 0 || m->passive_parties || root_of(m->p->code) != 4 || !hd_reading_with(c, m->anchor, HD_CL_SUFFIX) ||
      hd_reading_with(c, m->anchor, HD_CL_ALEF))
    return;
  if (opens_with(tok_text(c, &c->tokens[m->anchor]), tok_len(&c->tokens[m->anchor]), many, HD_ARRAY_LEN(many))) return;
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind != HD_CLAUSE_COMPLEMENT || k->governor < 0 || m->anchor != (size_t)k->opener + 1 ||
      !hd_marker_at(c, (size_t)k->governor, HD_MARK_REPORT))
    return;
  int g = hd_subject_of(c, (size_t)k->governor, 1);
  if (g < 0 || g == m->target || hd_is_weak(c, g)) return;
  m->source = g;
  m->implicit_source = 0;
}

/* May group G be a party a meeting brought together: a plain actor, not
** a nisba of a common noun nor the press that reports ("وسائل إعلام")? */
static int meeting_party(const hd_coder *c, int g) {
  const hd_actor *a = &c->actors[c->groups[g].first];
  return !hd_is_weak(c, g) && a->kind == HD_ACT_PLAIN && !hd_has_role(a->code, "MED") && strlen(a->code) >= 3;
}

/* The first actor of clause CL before token END that may be the one a
** meeting brought together with TARGET: a party (meeting_party()) not
** named after a preposition ("لبكين"); -1 when none.  *ANY is set when the
** clause names an actor at all. */
static int first_party(const hd_coder *c, int cl, size_t end, int target, int *any) {
  for (size_t i = c->clauses[cl].start; i < end && i < c->ntokens; i++) {
    int g = c->actor_at[i];
    if (g < 0 || c->clause_at[i] != cl || (size_t)c->groups[g].tok_start != i) continue;
    *any = 1;
    if (g != target && meeting_party(c, g) && !hd_has_preposition(c, i)) return g;
  }
  return -1;
}

/* "أكد ترامب أن القمة التاريخية التي جمعته في سنغافورة بالزعيم الكوري
** الشمالي"، "وكان كيم قد وصل لبكين ... في القمة التي جمعته بالرئيس
** الأمريكي"، "قال وزير الثقافة السعودي بعد محادثات جمعته بنظيرته": a
** meeting that brought "him" together with the one named after it was
** his, the one the sentence is about: the first actor of the clause the
** meeting's words hang from at the top, else of the clauses below it
** down to the meeting's own ("قالت وسائل إعلام إن ترامب وافق ... في
** القمة التي جمعته"); when the top clause names no one, the subject of
** the sentence before ("وأضاف ... قمة تجمعه بترامب").  One that brought
** "them both" (جمعتهما) is between the two its sentence names (below);
** "جمعتهم" (more than two) is left to the patterns that name them. */
void hd_meeting_brought(const hd_coder *c, hd_match *m) {
  static const char *const brought[] = {   /* جمعه جمعته جمعها جمعتها يجمعه تجمعه يجمعها تجمعها */
    "\xd8\xac\xd9\x85\xd8\xb9\xd9\x87", "\xd8\xac\xd9\x85\xd8\xb9\xd8\xaa\xd9\x87", "\xd8\xac\xd9\x85\xd8\xb9\xd9\x87\xd8\xa7",
    "\xd8\xac\xd9\x85\xd8\xb9\xd8\xaa\xd9\x87\xd8\xa7", "\xd9\x8a\xd8\xac\xd9\x85\xd8\xb9\xd9\x87",
    "\xd8\xaa\xd8\xac\xd9\x85\xd8\xb9\xd9\x87", "\xd9\x8a\xd8\xac\xd9\x85\xd8\xb9\xd9\x87\xd8\xa7",
    "\xd8\xaa\xd8\xac\xd9\x85\xd8\xb9\xd9\x87\xd8\xa7"};
  static const char *const both[] = {   /* جمعهما جمعتهما يجمعهما تجمعهما */
    "\xd8\xac\xd9\x85\xd8\xb9\xd9\x87\xd9\x85\xd8\xa7",
    "\xd8\xac\xd9\x85\xd8\xb9\xd8\xaa\xd9\x87\xd9\x85\xd8\xa7",
    "\xd9\x8a\xd8\xac\xd9\x85\xd8\xb9\xd9\x87\xd9\x85\xd8\xa7",
    "\xd8\xaa\xd8\xac\xd9\x85\xd8\xb9\xd9\x87\xd9\x85\xd8\xa7"};
  if (m->passive_parties || !m->noun || root_of(m->p->code) != 4) return;
  int found = 0, two = 0;
  for (size_t k = 1; k < m->nwords && !found && !two; k++) {
    found = hd_tok_in(c, m->words[k], brought, HD_ARRAY_LEN(brought));
    two = hd_tok_in(c, m->words[k], both, HD_ARRAY_LEN(both));
  }
  if (found && (m->source >= 0 || m->prior)) return;
  /* "وبدت علامات الارتياح على الرئيس ترامب والزعيم كيم خلال اللقاء الذي
  ** جمعهما"، "استدعى تعليقا من ترامب وميركل بعد مكالمة هاتفية جمعتهما":
  ** "them both", whatever the slots after the pronoun hold, are the
  ** actors of two countries joined by و right before; else the first two
  ** actors of two countries the sentence names ("دعا كيم ترامب لزيارة
  ** بيونغ يانغ ... خلال القمة التي جمعتهما") */
  if (two) {
    int first = -1;
    for (size_t i = m->anchor; i-- > 0;) {
      int g = c->actor_at[i];
      if (g < 0) continue;
      i = c->groups[g].tok_start;
      if (!meeting_party(c, g)) continue;
      const hd_group *gr = &c->groups[g];
      for (uint32_t a = gr->first + 1; a < gr->first + gr->count; a++)
        if (strncmp(c->actors[a].code, c->actors[gr->first].code, 3)) {
          m->source = g;
          m->target = -1;
          m->implicit_source = 0;
          return;
        }
      break;
    }
    for (size_t i = 0; i < m->anchor; i++) {
      int g = c->actor_at[i];
      if (g < 0 || (size_t)c->groups[g].tok_start != i || !meeting_party(c, g)) continue;
      if (first < 0) { first = g; continue; }
      if (!strncmp(c->actors[c->groups[first].first].code, c->actors[c->groups[g].first].code, 3)) continue;
      m->source = first;
      m->target = g;
      m->implicit_source = 0;
      return;
    }
    return;
  }
  if (!found || m->target < 0) return;
  /* (the chain of clauses from the meeting's own up to the top) */
  int chain[16], n = 0;
  for (int k = c->clause_at[m->anchor]; k >= 0 && n < 16; k = c->clauses[k].parent) chain[n++] = k;
  int any = 0, g = first_party(c, chain[n - 1], m->anchor, m->target, &any);
  if (g < 0 && !any && chain[n - 1] == 0 && c->subject[0]) {
    m->prior = c->subject;
    m->implicit_source = 0;
    return;
  }
  for (int k = n - 2; g < 0 && k >= 0; k--) g = first_party(c, chain[k], m->anchor, m->target, &any);
  if (g >= 0) {
    m->source = g;
    m->implicit_source = 0;
  }
}

/* An actor after في، حول، بشأن، عن or ب is a place or a topic, not an object. */
static int is_topic(const hd_coder *c, size_t tok) {
  static const char *const preps[] = {"\xd9\x81\xd9\x8a", "\xd8\xad\xd9\x88\xd9\x84",
                                      "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86", "\xd8\xb9\xd9\x86"};  /* في حول بشان عن */
  const hd_token *t = &c->tokens[tok];
  if (t->nana && (c->ana[t->ana].flags & HD_CL_IN)) return 1;
  for (size_t i = 0; tok > 0 && i < HD_ARRAY_LEN(preps); i++)
    if (hd_tok_is(c, tok - 1, preps[i])) return 1;
  return 0;
}

/* The target of a pattern without a target slot: the first actor after
** its last word, as the object follows the verb phrase. */
void hd_default_target(const hd_coder *c, hd_match *m) {
  /* the partners of a call or a meeting are named with مع or بين, never as
  ** the object: "ناقشا الوضع في سوريا" is about Syria, not with it */
  if (m->target >= 0 || (m->p->flags & HD_PAT_SYM)) return;
  /* violence names its victims further on ("انفجار سيارة مفخخة قرب دورية
  ** للجيش العراقي"); other verbs take their object close */
  int violent = quad_of(m->p->code) == 4;
  /* what follows "قال في مؤتمر صحافي" is where it was said, not to whom */
  if (!strcmp(m->p->code, "010")) return;
  /* a pattern whose target slot stayed empty takes an actor named as the
  ** one it is for or against: "تمنح مساعدات للأردن"، "فرض رسوما على" */
  if (hd_has_slot(m->p, HD_PAT_TARGET) && !violent) {
    int g = group_after(c, c->clause_at[m->anchor], m->last + 1, m->source, TRAILING_GAP, 0);
    if (g >= 0 && g != m->source && addressed(c, c->groups[g].tok_start)) m->target = g, m->target_near = 1;
    return;
  }
  /* what the verb's subject suffered (@undergo) was done to that subject:
  ** after its words come who did it and where, not another victim
  ** ("ويتعرض لهجوم من قوات النظام بدعم روسي") */
  if (m->p->flags & HD_PAT_UNDERGO) return;
  /* an appeal, a demand or a threat is addressed to the subject of what
  ** it asks: "شدد على ضرورة أن تفي أوكرانيا بالتزاماتها" */
  int root = root_of(m->p->code);
  int into = root == 2 || root == 10 || root == 13 ? INTO_COMPLEMENT : 0;
  int g = group_after(c, c->clause_at[m->anchor], m->last + 1, m->source, violent ? VICTIM_GAP : TRAILING_GAP, into);
  if (g >= 0 && g != m->source && !is_topic(c, c->groups[g].tok_start)) m->target = g, m->target_near = 1;
}

static int member_of(const hd_coder *c, int g);

static int same_actor(const hd_coder *c, int g, int h) {
  return g >= 0 && h >= 0 && !strcmp(c->actors[c->groups[g].first].code, c->actors[c->groups[h].first].code);
}

/* The actor that a marker of KIND introduces in the event's clause or in
** a clause within it ("قصفت ... مما أسفر عن مقتل"): the first at or after
** the event's anchor, else the first before it; never the source. */
static int introduced_actor(const hd_coder *c, const hd_match *m, int kind) {
  int before = -1, cl = c->clause_at[m->anchor];
  size_t before_at = 0;
  /* "اغتالوا ... عندما أطلقوا عليه النار": the victims may be named in the
  ** clause the event's hangs from */
  int top = kind == HD_MARK_VICTIM && c->clauses[cl].parent >= 0 ? c->clauses[cl].parent : cl;
  /* (a deed answered names its own after the word of answering: those
  ** before it are the answer's) */
  long answer = hd_answered_by(c, m->anchor);
  for (size_t i = answer < 0 ? 0 : (size_t)answer; i < c->ntokens; i++) {
    if (c->actor_at[i] >= 0 || hd_scope(c, top, i) == HD_OUTSIDE) continue;
    size_t len = hd_marker_at(c, i, kind);
    if (!len) continue;
    /* ("لقي ثلاثون جنديا مصرعهم في هجمات شنها مسلحون": a word of the
    ** victims with their pronoun names them before it, not after) */
    if (kind == HD_MARK_VICTIM && len == 1 && hd_reading_with(c, i, HD_CL_SUFFIX) &&
        (hd_ends_in(c, i, "\xd9\x87\xd9\x85") || hd_ends_in(c, i, "\xd9\x87\xd9\x85\xd8\xa7")))   /* ـهم ـهما */
      continue;
    /* ("شارك نحو ألفي فلسطيني"، "حتى 500 متظاهر": before a count, نحو and
    ** حتى say how many, not whom a protest is against) */
    if (kind == HD_MARK_ADDRESSEE && i + len < c->ntokens && hd_is_count(c, i + len)) continue;
    int g = group_after(c, c->clause_at[i], i + len, m->source, MARKER_REACH, 0);
    if (g < 0 || same_actor(c, g, m->source) || (m->source >= 0 && member_of(c, g) == m->source)) continue;
    if (i >= m->anchor) { hd_explain_marker(c, i, kind, "target", g); return g; }
    if (before < 0) before = g, before_at = i;
  }
  if (before >= 0) hd_explain_marker(c, before_at, kind, "target", before);
  return before;
}

/* The first actor quoted in the event's clause, not the source: the
** chants and banners of a protest name whom it is against ("«لنسحق
** أميركا»"). */
static int quoted_actor(const hd_coder *c, const hd_match *m) {
  int cl = c->clause_at[m->anchor], inside = 0;
  for (size_t i = 0; i < c->ntokens; i++) {
    const hd_token *t = &c->tokens[i];
    if (hd_scope(c, cl, i) == HD_OUTSIDE) continue;
    if (t->kind == HD_TOK_PUNCT && t->punct == '"') inside = !inside;
    int g = c->actor_at[i];
    if (!inside || g < 0) continue;
    if (g != m->source && !same_actor(c, g, m->source)) return g;
    i = c->groups[g].tok_end - 1;
  }
  return -1;
}

/* "المتظاهرين من طلاب الجامعات", "متظاهرون من أنصار حزب الله": protesters
** said to be from a group are that group. */
void hd_protesters_from(const hd_coder *c, hd_match *m) {
  if (m->source < 0 || root_of(m->p->code) != 14) return;
  const hd_group *g = &c->groups[m->source];
  const hd_entry *why = c->actors[g->first].why[0];
  if (!why || why->kind != HD_ENT_AGENT || !why->implies[0] || g->tok_end >= c->ntokens) return;
  if (!hd_tok_is(c, g->tok_end, "\xd9\x85\xd9\x86")) return;   /* من */
  int from = group_after(c, c->clause_at[g->tok_start], g->tok_end + 1, m->source, 2, 0);
  if (from >= 0 && !hd_is_weak(c, from) && from != m->target) m->source = from;
}

/* "83 مسلحا من ميليشيات الحوثي"، "جنود من الجيش السوري"، "عناصر من حزب
** الله": a role of no country said to be from a group is that group; so
** is one said to be on its side or to belong to it ("مسلحون موالون لتنظيم
** الدولة"، "عناصر مرتبطة بالقاعدة"، "أشخاصا ينتمون إلى داعش"); -1 when G
** is no such role. */
static int member_of(const hd_coder *c, int g) {
  static const char *const from[] = {"\xd9\x85\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x8a"};   /* من الي */
  if (g < 0) return -1;
  const hd_group *gr = &c->groups[g];
  const hd_actor *a = &c->actors[gr->first];
  if (gr->count != 1 || a->kind != HD_ACT_PLAIN || strlen(a->code) != 3 || !a->why[0] || a->why[0]->kind != HD_ENT_AGENT ||
      gr->tok_end + 1 >= c->ntokens)
    return -1;
  size_t at = gr->tok_end + 1;
  if (hd_affiliation_at(c, gr->tok_end)) {
    if (hd_tok_in(c, at, from, 2) && at + 1 < c->ntokens) at++;
  } else if (!hd_tok_in(c, gr->tok_end, from, 1))
    return -1;
  int h = c->actor_at[at];
  if (h < 0 || hd_is_weak(c, h) || c->groups[h].tok_start != at) return -1;
  return strlen(c->actors[c->groups[h].first].code) > 3 ? h : -1;
}

void hd_members(const hd_coder *c, hd_match *m) {
  int h;
  if ((h = member_of(c, m->source)) >= 0 && h != m->target) m->source = h;
  /* ("قتل شخص موال لتنظيم داعش أربعة أشخاص": the group the source is
  ** said to be on the side of was read as the object; the object is
  ** after it) */
  else if (h >= 0 && hd_affiliation_at(c, c->groups[m->source].tok_end)) {
    int violent = root_of(m->p->code) >= 18;
    m->source = h;
    m->target = group_after(c, c->clause_at[c->groups[h].tok_start], c->groups[h].tok_end, h, violent ? VICTIM_GAP : TRAILING_GAP, 0);
  }
  if ((h = member_of(c, m->target)) >= 0 && h != m->source) m->target = h;
}

/* Is group G named as the one who tells ("بحسب الشرطة"، "وفقا للمرصد
** السوري"، "حسبما ذكرت وسائل الإعلام"، "نقلا عن مصادر")? */
int hd_named_as_teller(const hd_coder *c, int g) {
  static const char *const per[] = {"\xd8\xa8\xd8\xad\xd8\xb3\xd8\xa8", "\xd8\xad\xd8\xb3\xd8\xa8",
                                    "\xd9\x88\xd9\x81\xd9\x82\xd8\xa7", "\xd9\x88\xd9\x81\xd9\x82",
                                    "\xd8\xb7\xd8\xa8\xd9\x82\xd8\xa7", "\xd8\xad\xd8\xb3\xd8\xa8\xd9\x85\xd8\xa7",
                                    "\xd9\x86\xd9\x82\xd9\x84\xd8\xa7"};   /* بحسب حسب وفقا وفق طبقا حسبما نقلا */
  static const char *const what[] = {"\xd9\x85\xd8\xa7", "\xd8\xb9\xd9\x86"};   /* ما عن */
  size_t at = c->groups[g].tok_start;
  if (at == 0) return 0;
  size_t k = at - 1;
  /* "بحسب ما ذكرت"، "حسبما أفاد": past a verb of saying and its ما */
  if (k > 0 && hd_marker_at(c, k, HD_MARK_REPORT)) {
    if (hd_tok_in(c, k - 1, per, HD_ARRAY_LEN(per))) return 1;
    if (k > 1 && hd_tok_in(c, k - 1, what, 1) && hd_tok_in(c, k - 2, per, HD_ARRAY_LEN(per))) return 1;
    return 0;
  }
  if (hd_tok_in(c, k, what + 1, 1) && k > 0) k--;   /* "نقلا عن" */
  return hd_tok_in(c, k, per, HD_ARRAY_LEN(per));
}

/* "أفاد مراسل العربية بأن الجيش الوطني شنوا هجوما"، "وصف التلفزيون الإثيوبي
** الانفجار": who reports violence, a journalist or a medium, never does
** it; the doer is then left to the pattern's default.  Whoever is named
** as the one who tells ("بحسب الشرطة"، "وفق المرصد السوري") takes part
** in no event: not the protest the police count, nor the strike a
** monitor reports. */
void hd_reporter_not_doer(const hd_coder *c, hd_match *m) {
  if (m->target >= 0) {
    const char *code = c->actors[c->groups[m->target].first].code;
    size_t at = c->groups[m->target].tok_start;
    if (hd_named_as_teller(c, m->target) ||
        (root_of(m->p->code) >= 18 && (hd_has_role(code, "MED") || hd_has_role(code, "HRI")) && at > 0 &&
         hd_marker_at(c, at - 1, HD_MARK_REPORT)))
      m->target = -1;
  }
  if (m->source < 0) return;
  int teller = hd_named_as_teller(c, m->source);
  if (!teller && (root_of(m->p->code) < 18 || !hd_has_role(c->actors[c->groups[m->source].first].code, "MED"))) return;
  m->source = -1;
  m->implicit_source = m->p->default_source[0] != 0;
}

/* The token of the word of support before group G when G is named as who
** backs another ("بدعم من التحالف"، "بإسناد من طيران التحالف"، "المدعومة
** من روسيا"، "مدعومة بتحالف بقيادة السعودية"), else -1.  Not "بدعم داعش"
** with no من: that is support given to G ("اتهم أمريكا بدعم داعش"). */
static long backing_word(const hd_coder *c, int g) {
  static const char *const with_from[] = {   /* بدعم وبدعم باسناد وباسناد بمسانده وبمسانده */
    "\xd8\xa8\xd8\xaf\xd8\xb9\xd9\x85", "\xd9\x88\xd8\xa8\xd8\xaf\xd8\xb9\xd9\x85",
    "\xd8\xa8\xd8\xa7\xd8\xb3\xd9\x86\xd8\xa7\xd8\xaf", "\xd9\x88\xd8\xa8\xd8\xa7\xd8\xb3\xd9\x86\xd8\xa7\xd8\xaf",
    "\xd8\xa8\xd9\x85\xd8\xb3\xd8\xa7\xd9\x86\xd8\xaf\xd9\x87", "\xd9\x88\xd8\xa8\xd9\x85\xd8\xb3\xd8\xa7\xd9\x86\xd8\xaf\xd9\x87"};
  static const char *const backed[] = {   /* مدعومه المدعومه مدعوما مدعومين المدعومين مدعوم المدعوم مدعومون */
    "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x87",
    "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd8\xa7", "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x8a\xd9\x86", "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85", "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x88\xd9\x86"};
  static const char *const from[] = {"\xd9\x85\xd9\x86"};   /* من */
  static const char *const by[] = {"\xd9\x82\xd8\xa8\xd9\x84"};   /* قبل ("من قبل") */
  static const char *const backs[] = {   /* تدعمه يدعمه تدعمها يدعمها تدعمهم يدعمهم */
    "\xd8\xaa\xd8\xaf\xd8\xb9\xd9\x85\xd9\x87", "\xd9\x8a\xd8\xaf\xd8\xb9\xd9\x85\xd9\x87",
    "\xd8\xaa\xd8\xaf\xd8\xb9\xd9\x85\xd9\x87\xd8\xa7", "\xd9\x8a\xd8\xaf\xd8\xb9\xd9\x85\xd9\x87\xd8\xa7",
    "\xd8\xaa\xd8\xaf\xd8\xb9\xd9\x85\xd9\x87\xd9\x85", "\xd9\x8a\xd8\xaf\xd8\xb9\xd9\x85\xd9\x87\xd9\x85"};
  size_t k = c->groups[g].tok_start;
  /* "القوات السورية التي تدعمها روسيا" */
  long rel = relative_verb_before(c, k, backs, HD_ARRAY_LEN(backs));
  if (rel >= 0) return rel;
  if (k > 0 && hd_tok_in(c, k - 1, by, 1)) k--;
  int named_from = k > 0 && hd_tok_in(c, k - 1, from, 1);
  if (named_from) k--;
  if (k == 0) return -1;
  if (hd_tok_in(c, k - 1, backed, HD_ARRAY_LEN(backed))) return (long)k - 1;
  return named_from && hd_tok_in(c, k - 1, with_from, HD_ARRAY_LEN(with_from)) ? (long)k - 1 : -1;
}

/* The group a word of support at token AT is said of: the noun of the
** relative clause it opens, or the nearest one before it in its clause,
** past at most four words and commas ("قوات
** الجيش اليمني، بإسناد من التحالف"، "قوات الحكومة اليمنية المعترف بها
** دوليا المدعومة من السعودية"); -1 when none. */
static int backed_group(const hd_coder *c, size_t at) {
  int cl = c->clause_at[at], words = 0;
  /* (a relative clause, "التي تدعمها روسيا", is said of its noun) */
  if (c->clauses[cl].kind == HD_CLAUSE_RELATIVE && c->clauses[cl].opener == at) return c->clauses[cl].antecedent;
  for (size_t i = at; i-- > 0 && words <= 4;) {
    if (c->clause_at[i] != cl) return -1;
    if (c->actor_at[i] >= 0) return c->actor_at[i];
    if (c->tokens[i].kind == HD_TOK_PUNCT) {
      if (c->tokens[i].punct != ',' && !is_transparent(&c->tokens[i])) return -1;
      continue;
    }
    words++;
  }
  return -1;
}

/* "سيطرت قوات الجيش اليمني، بإسناد من التحالف العربي، على قرية"، "قوات
** الحكومة المدعومة من روسيا": who backs a party takes no part in its
** event; the party it backs, named before, does, and the doer is left to
** the pattern's default when none is.  (Not in a relative clause on the
** backer, which tells what it did itself: "بإسناد من طائرات التحالف، التي
** شنت غارات".) */
void hd_backer_not_party(const hd_coder *c, hd_match *m) {
  const hd_clause *own = &c->clauses[c->clause_at[m->anchor]];
  long at;
  if (m->source >= 0 && !(own->kind == HD_CLAUSE_RELATIVE && own->antecedent == m->source) &&
      (at = backing_word(c, m->source)) >= 0) {
    int g = backed_group(c, (size_t)at);
    if (g >= 0 && g == m->target) m->target = -1;
    m->source = g;
    if (g < 0) m->implicit_source = m->p->default_source[0] != 0;
  }
  if (m->target >= 0 && !(own->kind == HD_CLAUSE_RELATIVE && own->antecedent == m->target) &&
      (at = backing_word(c, m->target)) >= 0) {
    int g = backed_group(c, (size_t)at);
    m->target = -1;
    /* (the party backed, named before the verb, is its subject: "وكثفت
    ** القوات الحكومية، مدعومة من روسيا، هجماتها") */
    if (g >= 0 && m->source < 0 && c->groups[g].tok_end <= m->anchor) {
      m->source = g;
      m->implicit_source = 0;
    } else if (g >= 0 && g != m->source)
      m->target = g;
  }
}

/* "ويواصل التحالف الذي تقوده السعودية غاراته"، "غارة للتحالف الدولي
** بقيادة واشنطن": who leads a party stands for it; the party led, where
** it is named as an actor, takes its place, and is never its own object. */
void hd_leader_stands_for(const hd_coder *c, hd_match *m) {
  long at;
  int g;
  if (m->source >= 0 && (at = leading_word(c, m->source)) >= 0 && (g = backed_group(c, (size_t)at)) >= 0) m->source = g;
  if (m->target >= 0 && (at = leading_word(c, m->target)) >= 0 && (g = backed_group(c, (size_t)at)) >= 0)
    m->target = g == m->source ? -1 : g;
}

/* Does token I carry the preposition ل, as addressed_by_lam() reads it,
** or is it a word the dictionaries do not know with ل and the article on
** it ("للاستراتيجية")? */
static int with_lam(const hd_coder *c, size_t i) {
  return addressed_by_lam(c, i) ||
         (tok_len(&c->tokens[i]) > 8 && !memcmp(tok_text(c, &c->tokens[i]), "\xd9\x84\xd9\x84", 4));   /* لل */
}

/* "أكدت وزارة خارجية البحرين دعم مملكة البحرين الكامل للاستراتيجية
** الأميركية"، "جدد الرئيس المصري دعم مصر لجهود المبعوث الأممي": the
** speaker's own state named right after a noun of the pattern owns it, the
** side that gives the support (or the condemnation), not the one it is
** given to; that one is named after ل a few words on, on its own name or
** on the noun right before it ("للشعب الفلسطيني"، "لجهود المبعوث"), else
** none is. */
void hd_own_possessor(const hd_coder *c, hd_match *m) {
  static const char *const preps[] = {   /* من عن مع الي علي في بين ضد لدي عند حول بشان تجاه نحو */
    "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x86", "\xd9\x85\xd8\xb9", "\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd8\xb9\xd9\x84\xd9\x8a", "\xd9\x81\xd9\x8a", "\xd8\xa8\xd9\x8a\xd9\x86", "\xd8\xb6\xd8\xaf",
    "\xd9\x84\xd8\xaf\xd9\x8a", "\xd8\xb9\xd9\x86\xd8\xaf", "\xd8\xad\xd9\x88\xd9\x84",
    "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86", "\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87", "\xd9\x86\xd8\xad\xd9\x88"};
  if (m->source < 0 || m->target < 0 || m->target == m->source) return;
  const hd_group *t = &c->groups[m->target];
  const char *s = c->actors[c->groups[m->source].first].code, *o = c->actors[t->first].code;
  /* (a noun of the pattern, not its verb nor its preposition: "طلب من
  ** إيران" asks Iran) */
  if (t->tok_start != m->last + 1 || m->last == m->anchor || strlen(s) < 3 || strlen(o) < 3 || strncmp(s, o, 3) ||
      !(strlen(o) == 3 || !strcmp(o, s)) || hd_is_verb(c, m->last) || hd_tok_in(c, m->last, preps, HD_ARRAY_LEN(preps)))
    return;
  int cl = c->clause_at[m->last];
  m->target = -1;
  for (size_t i = t->tok_end; i < c->ntokens && i <= t->tok_end + 3; i++) {
    if (c->tokens[i].kind != HD_TOK_WORD || hd_scope(c, cl, i) != HD_IN_CLAUSE) return;
    int g = c->actor_at[i];
    if (g < 0 || c->groups[g].tok_start != i) continue;
    const hd_actor *a = &c->actors[c->groups[g].first];
    if ((addressed_by_lam(c, i) || (i > t->tok_end && c->actor_at[i - 1] < 0 && with_lam(c, i - 1))) &&
        strlen(a->code) >= 3 && strncmp(a->code, s, 3))
      m->target = g;
    return;
  }
}

/* "وعقد مجلس الأمن الدولي جلسة طارئة، بطلب من الكويت"، "بناء على طلب
** الكويت": is M the request at which the clause's subject acts, the noun
** طلب after ب, or after بناء على? */
int hd_at_request(const hd_coder *c, const hd_match *m) {
  static const char *const request[] = {"\xd8\xa8\xd8\xb7\xd9\x84\xd8\xa8"};   /* بطلب */
  static const char *const upon[] = {"\xd8\xb9\xd9\x84\xd9\x8a"};   /* علي (بناء) */
  static const char *const building[] = {"\xd8\xa8\xd9\x86\xd8\xa7\xd8\xa1"};   /* بناء */
  if (root_of(m->p->code) != 2) return 0;
  if (hd_tok_in(c, m->anchor, request, 1)) return 1;
  return m->anchor > 1 && hd_tok_is(c, m->anchor, "\xd8\xb7\xd9\x84\xd8\xa8") && hd_tok_in(c, m->anchor - 1, upon, 1) &&
         hd_tok_in(c, m->anchor - 2, building, 1);
}

/* ... then the one it names made the request, and of the clause's subject:
** "بطلب من الكويت" after "عقد مجلس الأمن" is KWT 020 IGOUNO, not the
** Council's request of Kuwait. */
void hd_request_maker(const hd_coder *c, hd_match *m) {
  if (m->source < 0 || m->target < 0 || !hd_at_request(c, m)) return;
  int g = m->source;
  m->source = m->target;
  m->target = g;
}

/* Words of casualties. */
static const char *const casualties[] = {   /* مقتل بمقتل مصرع بمصرع سقوط اصابه باصابه جرح استشهاد باستشهاد صفوف قتل اصيب */
  "\xd9\x85\xd9\x82\xd8\xaa\xd9\x84", "\xd8\xa8\xd9\x85\xd9\x82\xd8\xaa\xd9\x84",
  "\xd9\x85\xd8\xb5\xd8\xb1\xd8\xb9", "\xd8\xa8\xd9\x85\xd8\xb5\xd8\xb1\xd8\xb9",
  "\xd8\xb3\xd9\x82\xd9\x88\xd8\xb7", "\xd8\xa7\xd8\xb5\xd8\xa7\xd8\xa8\xd9\x87",
  "\xd8\xa8\xd8\xa7\xd8\xb5\xd8\xa7\xd8\xa8\xd9\x87", "\xd8\xac\xd8\xb1\xd8\xad",
  "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xb4\xd9\x87\xd8\xa7\xd8\xaf",
  "\xd8\xa8\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xb4\xd9\x87\xd8\xa7\xd8\xaf", "\xd8\xb5\xd9\x81\xd9\x88\xd9\x81",
  "\xd9\x82\xd8\xaa\xd9\x84", "\xd8\xa7\xd8\xb5\xd9\x8a\xd8\xa8"};

/* "أسفرت المعارك عن مصرع عدد من المتمردين": those named after a word of
** casualties (مقتل، مصرع، إصابة، في صفوف), past a count, are the victims
** of the violence, never its doers. */
void hd_victims_not_source(const hd_coder *c, hd_match *m) {
  static const char *const counting[] = {"\xd9\x85\xd9\x86", "\xd8\xb9\xd8\xaf\xd8\xaf"};   /* من عدد */
  if (m->source < 0 || root_of(m->p->code) < 18) return;
  size_t at = c->groups[m->source].tok_start;
  for (size_t k = 1; k <= 4 && k <= at; k++) {
    size_t i = at - k;
    if (c->actor_at[i] >= 0 || c->tokens[i].kind != HD_TOK_WORD) return;
    if (k > 1 && hd_tok_in(c, i, casualties, HD_ARRAY_LEN(casualties))) {
      if (m->target < 0) m->target = m->source;
      m->source = -1;
      return;
    }
    if (!hd_is_count(c, i) && !hd_tok_in(c, i, counting, HD_ARRAY_LEN(counting))) return;
  }
}

/* "أسفر التفجير عن مقتل 200 وإصابة مئات آخرين"، "ما أدى إلى سقوط 10 قتلى"،
** "أسفرت عن سقوط جرحى": violence whose victims are named, after a word of
** casualties in its clause, by a count alone or as the dead or the
** wounded struck people: the civilians of where it happened (CVL, which
** takes the country of the place, else of the article), when no doer is
** named.  Not a count of those the text names otherwise ("مقتل 4 عناصر"،
** "مقتل 39 مقاتلا"، "في صفوف الانقلابيين"). */
static void counted_victims(const hd_coder *c, hd_match *m) {
  static const char *const about[] = {   /* اكثر من نحو حوالي قرابه زهاء ما لا يقل يزيد عن علي يناهز */
    "\xd8\xa7\xd9\x83\xd8\xab\xd8\xb1", "\xd9\x85\xd9\x86", "\xd9\x86\xd8\xad\xd9\x88", "\xd8\xad\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd9\x82\xd8\xb1\xd8\xa7\xd8\xa8\xd9\x87", "\xd8\xb2\xd9\x87\xd8\xa7\xd8\xa1", "\xd9\x85\xd8\xa7", "\xd9\x84\xd8\xa7",
    "\xd9\x8a\xd9\x82\xd9\x84", "\xd9\x8a\xd8\xb2\xd9\x8a\xd8\xaf", "\xd8\xb9\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a",
    "\xd9\x8a\xd9\x86\xd8\xa7\xd9\x87\xd8\xb2"};
  static const char *const dead[] = {   /* قتلي قتيلا جرحي جريحا مصابا مصابين ضحايا ضحيه */
    "\xd9\x82\xd8\xaa\xd9\x84\xd9\x8a", "\xd9\x82\xd8\xaa\xd9\x8a\xd9\x84\xd8\xa7", "\xd8\xac\xd8\xb1\xd8\xad\xd9\x8a",
    "\xd8\xac\xd8\xb1\xd9\x8a\xd8\xad\xd8\xa7", "\xd9\x85\xd8\xb5\xd8\xa7\xd8\xa8\xd8\xa7", "\xd9\x85\xd8\xb5\xd8\xa7\xd8\xa8\xd9\x8a\xd9\x86",
    "\xd8\xb6\xd8\xad\xd8\xa7\xd9\x8a\xd8\xa7", "\xd8\xb6\xd8\xad\xd9\x8a\xd9\x87"};
  static const char *const after[] = {   /* في جراء اثر بينهم علي اخرين بجروح */
    "\xd9\x81\xd9\x8a", "\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa1", "\xd8\xa7\xd8\xab\xd8\xb1", "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x87\xd9\x85",
    "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd8\xae\xd8\xb1\xd9\x8a\xd9\x86", "\xd8\xa8\xd8\xac\xd8\xb1\xd9\x88\xd8\xad"};
  static const char *const ranks[] = {   /* صفوف صفوفهم صفوفها */
    "\xd8\xb5\xd9\x81\xd9\x88\xd9\x81", "\xd8\xb5\xd9\x81\xd9\x88\xd9\x81\xd9\x87\xd9\x85",
    "\xd8\xb5\xd9\x81\xd9\x88\xd9\x81\xd9\x87\xd8\xa7"};
  /* (the dead of strikes or fighting by an army or an armed group named as
  ** their doer are as often fighters: only those of an attack whose doer
  ** is not named) */
  if (m->source >= 0 && !m->implicit_source) return;
  int cl = c->clause_at[m->anchor];
  for (size_t i = 0; i + 1 < c->ntokens; i++) {
    if (hd_scope(c, cl, i) == HD_OUTSIDE || c->actor_at[i] >= 0 || !hd_tok_in(c, i, casualties, HD_ARRAY_LEN(casualties)))
      continue;
    size_t j = i + 1;
    while (j < c->ntokens && j <= i + 4 && hd_tok_in(c, j, about, HD_ARRAY_LEN(about))) j++;
    if (j >= c->ntokens || c->actor_at[j] >= 0) continue;
    int count = hd_is_count(c, j), named = hd_tok_in(c, j, dead, HD_ARRAY_LEN(dead));
    if (!count && !named) continue;
    size_t end = j + 1;
    if (count && end < c->ntokens) {
      /* what stands after the count says whom it counts */
      const hd_token *t = &c->tokens[end];
      if (hd_tok_in(c, end, dead, HD_ARRAY_LEN(dead))) end++;
      else if (!(t->kind == HD_TOK_PUNCT || hd_tok_in(c, end, after, HD_ARRAY_LEN(after)) ||
                 hd_tok_in(c, end, casualties, HD_ARRAY_LEN(casualties))))
        continue;
    }
    /* (not those named after it as one side's: "سقوط قتلى وجرحى في صفوف
    ** الانقلابيين"، "في صفوفهم") */
    for (size_t k = end; k < c->ntokens && k <= end + 3; k++)
      if (hd_tok_in(c, k, ranks, HD_ARRAY_LEN(ranks))) return;
    memcpy(m->target_code, "CVL", 4);
    m->counted = 1;
    m->target_from = (uint32_t)j;
    m->target_to = (uint32_t)end;
    return;
  }
}

/* A protest or an act of violence whose target stands away from its verb:
** the addressee after "احتجاجا على" or "أمام", the victims after "مقتل". */
void hd_introduced_target(const hd_coder *c, hd_match *m) {
  int root = root_of(m->p->code);
  /* "خرج مئات تدعمهم الأحزاب المعارضة احتجاجا على تعامل الحكومة": an
  ** addressee named as such beats the actor that merely follows */
  if (root == 14 && m->target_near) {
    int g = introduced_actor(c, m, HD_MARK_ADDRESSEE);
    if (g >= 0) m->target = g;
    return;
  }
  /* (fighting "مع" one side, with "قتلى في صفوف" the other: the victims are
  ** the other side) */
  if (m->target >= 0 || ((m->p->flags & HD_PAT_SYM) && (root < 18 || m->source < 0 || c->groups[m->source].count > 1)))
    return;
  if (root == 14) m->target = introduced_actor(c, m, HD_MARK_ADDRESSEE);
  if (root == 14 && m->target < 0) m->target = quoted_actor(c, m);
  else if (root >= 18) m->one_way = (m->target = introduced_actor(c, m, HD_MARK_VICTIM)) >= 0 && (m->p->flags & HD_PAT_SYM);
  /* "قصفت قوات النظام أحياء تحت سيطرة الفصائل": who holds the place struck
  ** or taken; but a noun of violence is not coded for a place alone */
  if (root >= 18 && m->target < 0 && !(m->p->flags & HD_PAT_VICTIM)) m->target = introduced_actor(c, m, HD_MARK_HOLDER);
  if (root >= 18 && m->target < 0 && !m->target_code[0]) counted_victims(c, m);
}

/* Does the word that opens clause K carry a pronoun ("أنه"، "بأنها")? */
static int opener_pronoun(const hd_coder *c, const hd_clause *k) { return hd_reading_with(c, k->opener, HD_CL_SUFFIX); }

/* Is the subject of complement K the one who governs it: the pronoun of
** its أن ("قال إنه سيرد"), or the speaker's own country or government
** named right after it ("قال إن بلاده تدعو روسيا إلى"، "أكدت أن حكومتها
** لن تسمح")? */
static int speaker_subject(const hd_coder *c, const hd_clause *k) {
  static const char *const own[] = {   /* بلاده بلادها بلادهم بلادنا حكومته حكومتها حكومتنا */
    "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x87", "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x87\xd8\xa7",
    "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x87\xd9\x85", "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x86\xd8\xa7",
    "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x87", "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x86\xd8\xa7"};
  if (opener_pronoun(c, k)) return 1;
  size_t i = (size_t)k->opener + 1;
  return k->kind == HD_CLAUSE_COMPLEMENT && i < k->end && c->clause_at[i] == (int32_t)(k - c->clauses) &&
         hd_tok_in(c, i, own, HD_ARRAY_LEN(own));
}

/* The subject that the clause of token I takes from another: a verb
** joined by و shares the subject of the clause before; what a verb of
** saying governs with a pronoun ("أعلن ترامب أنه سيوقف") is its speaker's.
** -1 when none. */
static int linked_subject(const hd_coder *c, size_t i, int carried) {
  const hd_clause *k = &c->clauses[c->clause_at[i]];
  if (k->kind == HD_CLAUSE_COORD && k->prev >= 0) return c->clauses[k->prev].subject;
  /* "اغتالوا ... عندما أطلقوا عليه النار": a verb that carries its plural
  ** subject takes the one of the clause it hangs from */
  if (carried && k->parent >= 0) return c->clauses[k->parent].subject;
  if ((k->kind == HD_CLAUSE_COMPLEMENT || k->kind == HD_CLAUSE_QUOTE) && k->governor >= 0 && k->parent >= 0) {
    static const char *const answer[] = {"\xd8\xb1\xd8\xaf\xd8\xa7", "\xd8\xb1\xd8\xaf", "\xd9\x84\xd9\x84\xd8\xb1\xd8\xaf"};   /* ردا رد للرد */
    if (k->kind == HD_CLAUSE_COMPLEMENT && !speaker_subject(c, k)) return -1;
    /* "أطلقت صواريخ ردا على ما يعتقد بأنه هجوم بغاز سام": what is answered
    ** is another's deed */
    if (hd_tok_in(c, (size_t)k->governor, answer, HD_ARRAY_LEN(answer))) return -1;
    const hd_clause *gov = &c->clauses[c->clause_at[k->governor]];
    /* "اتهمت بريطانيا روسيا بأنها قصفت": the one accused, named as the
    ** accusation's object, is the pronoun of بأنها */
    if (k->kind == HD_CLAUSE_COMPLEMENT && gov->object >= 0 && hd_marker_at(c, (size_t)k->governor, HD_MARK_ALLEGED))
      return gov->object;
    return gov->subject;
  }
  return -1;
}

static int clause_subject(const hd_coder *c, int cl, size_t before, int avoid);

/* Is group G made of countries named by their names ("الهند وأستراليا"),
** not by a role or an adjective? */
static int country_names(const hd_coder *c, int g) {
  const hd_group *gr = &c->groups[g];
  for (size_t i = 0; i < gr->count; i++) {
    const hd_actor *a = &c->actors[gr->first + i];
    if (a->kind != HD_ACT_PLAIN || strlen(a->code) != 3 || !a->why[0] || a->why[0]->kind != HD_ENT_NAME ||
        hd_is_international(a->code))
      return 0;
  }
  return 1;
}

/* "زار مؤخرا الهند وأستراليا"، "يزور خلالها السعودية والأردن": a country
** named by its name after a verb of visiting is the place visited, not
** who visits; the visitor is the subject of its clause. */
void hd_visited_country(const hd_coder *c, hd_match *m) {
  if (strcmp(m->p->code, "042") || m->source < 0 || m->target >= 0 || c->groups[m->source].tok_start < m->anchor ||
      !country_names(c, m->source))
    return;
  m->target = m->source;
  m->source = -1;
  /* "وقام ماكرون ... كما زار مؤخرا الهند": the subject of its clause, not
  ** another place ("بدأت رحلتها بزيارة غانا، كما زارت مالاوي") */
  int g = clause_subject(c, c->clause_at[m->anchor], m->anchor, m->target);
  /* nor one of the country visited ("نادرا ما يزور اليمن") */
  if (g >= 0 && g != m->target && !hd_is_weak(c, g) && !country_names(c, g) &&
      strncmp(c->actors[c->groups[g].first].code, c->actors[c->groups[m->target].first].code, 3))
    m->source = g;
}

/* Is the object of the verb of M already named, as a pronoun after a
** preposition, so that the actors after the verb are its subject: "ونددت
** به الصين"، "ونددت الولايات المتحدة والأمم المتحدة، الأربعاء، بتصريحاته"? */
static int object_named(const hd_coder *c, const hd_match *m) {
  static const char *const pronouns[] = {   /* به بها بهم له لها لهم عليه عليها عليهم منه منها */
    "\xd8\xa8\xd9\x87", "\xd8\xa8\xd9\x87\xd8\xa7", "\xd8\xa8\xd9\x87\xd9\x85", "\xd9\x84\xd9\x87",
    "\xd9\x84\xd9\x87\xd8\xa7", "\xd9\x84\xd9\x87\xd9\x85", "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87",
    "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87\xd8\xa7", "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87\xd9\x85",
    "\xd9\x85\xd9\x86\xd9\x87", "\xd9\x85\xd9\x86\xd9\x87\xd8\xa7"};
  size_t start = c->groups[m->source].tok_start, end = c->groups[m->source].tok_end;
  /* ("وقتلته الشرطة الإيطالية بالرصاص": on the verb itself, with its
  ** subject right after it) */
  if (start == m->anchor + 1 && hd_object_pronoun(c, m->anchor)) return 1;
  for (size_t i = m->anchor + 1; i < start; i++)
    if (hd_tok_in(c, i, pronouns, HD_ARRAY_LEN(pronouns))) return 1;
  /* after several actors joined by و (and their day), a noun after ب with
  ** a pronoun; one actor may be the object of "اتهم X بـ"، "توعد X بـ" */
  for (size_t i = end, k = 0; c->groups[m->source].count >= 2 && i < c->ntokens && k < 6; i++) {
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT) { if (t->punct == ',') continue; return 0; }
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_end - 1; continue; }
    for (size_t a = 0; a < t->nana; a++) {
      const hd_analysis *an = &c->ana[t->ana + a];
      if ((an->flags & HD_CL_PREP) && (an->flags & HD_CL_IN) && (an->flags & HD_CL_SUFFIX) && !(an->flags & HD_CL_ALEF))
        return 1;
    }
    k++;
  }
  return 0;
}

/* "وانتقد الكرملين العقوبات واتهم واشنطن": a verb joined by و with one
** actor after it shares the subject of the verb before; the actor is its
** object.  A verb with no subject at all takes the one of its clause's
** link: "وأكد أن ..."، "أعلن أنه سيوقف التدريبات". */
void hd_shared_subject(const hd_coder *c, hd_match *m) {
  int linked = linked_subject(c, m->anchor, m->carried);
  /* "قال الوزير إن الوضع خطير، داعيا إسرائيل إلى ضبط النفس": a
  ** participle after a comma acts as the subject of the clause it follows
  ** did, and the actor after it is its object; one that opens no clause of
  ** its own is an adjective ("رجلا متهما باغتصاب"), and says nothing */
  if (hd_marker_at(c, m->anchor, HD_MARK_PARTICIPLE)) {
    const hd_clause *own = &c->clauses[c->clause_at[m->anchor]];
    if (own->kind != HD_CLAUSE_COORD || own->opener != m->anchor) {
      m->source = m->target = -1;
      m->implicit_source = 0;
      return;
    }
    if (m->source >= 0 && c->groups[m->source].tok_start > m->anchor) {
      m->target = m->source;
      m->source = -1;
    }
    if (linked >= 0 && linked != m->target) {
      m->source = linked;
      m->implicit_source = 0;
    }
    return;
  }
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  /* "قال الحرس الثوري إنه \"أطلق سبعة صواريخ على ...\"": a quote that opens
  ** right after the pronoun of what a verb of saying governs is those words
  ** (not after "وصفه بأنه", whose pronoun is what it describes; nor when
  ** its verb names its own subject right after it: "أنه \"أعرب ترامب") */
  if (k->kind == HD_CLAUSE_QUOTE && k->parent >= 0 && c->clauses[k->parent].kind == HD_CLAUSE_COMPLEMENT &&
      opener_pronoun(c, &c->clauses[k->parent]) && k->start == c->clauses[k->parent].opener + 1 &&
      m->anchor <= k->start + 2 && c->clauses[k->parent].governor >= 0 &&
      hd_marker_here(c, (size_t)c->clauses[k->parent].governor, HD_MARK_REPORT) &&
      !(m->source >= 0 && c->groups[m->source].tok_start == m->anchor + 1)) {
    linked = linked_subject(c, c->clauses[k->parent].opener, 0);
    k = &c->clauses[k->parent];
  }
  if (linked < 0) return;
  /* "قال الحلف إنه قتل": the pronoun of أنه is the speaker, whatever the
  ** verb implies; and the actor right after its verb is its object */
  if (k->kind == HD_CLAUSE_COMPLEMENT && !m->noun && speaker_subject(c, k) && linked != m->target &&
      (m->implicit_source || (m->source >= 0 && c->groups[m->source].tok_start > m->anchor &&
                              !hd_object_pronoun(c, m->anchor)))) {   /* (not "كما تتهمها أنقرة") */
    if (c->explain && !opener_pronoun(c, k)) {
      const hd_token *t = &c->tokens[k->opener + 1];
      fprintf(c->explain, "  source \"%.*s\" after %s: the speaker's own side\n", (int)tok_len(t), tok_text(c, t),
              "\xd8\xa3\xd9\x86");
    }
    if (m->source >= 0 && m->target < 0) m->target = m->source;
    m->source = linked;
    m->implicit_source = 0;
    return;
  }
  if (m->source < 0) {
    /* a noun has no subject to share; a bombing told without one keeps its
    ** implied attacker, unless a verb joined by و carries the subject
    ** before ("... القوات الأميركية ... وشنت مرارا غارات") */
    int keep_implied = m->implicit_source && (k->kind != HD_CLAUSE_COORD || hd_is_weak(c, linked));
    if (!m->passive_parties && !keep_implied && !m->noun && linked != m->target) {
      m->source = linked;
      m->implicit_source = 0;
    }
    return;
  }
  if (m->source < 0 || m->target >= 0 || !hd_has_slot(m->p, HD_PAT_TARGET) || k->kind != HD_CLAUSE_COORD) return;
  if (m->source == linked || c->groups[m->source].tok_start < m->anchor) return;   /* a subject before the verb is its own */
  if (m->agent) return;   /* "وأصيب آخران بعد سقوط قذائف أطلقتها فصائل مسلحة": the one who fired */
  if (object_named(c, m)) return;
  m->target = m->source;
  m->source = linked;
}

/* "واتصل يلديريم هاتفيا بنظيره اليوناني، وقدم له التعازي"، "واستقبل الملك
** الرئيس المصري، وبحث معه العلاقات": a verb joined by و that shares the
** subject of the clause before and carries a pronoun for its object, on a
** preposition right after it (له، معه، إليه، عليه) or on itself, is aimed
** at the object of that clause. */
void hd_shared_object(const hd_coder *c, hd_match *m) {
  static const char *const pronouns[] = {   /* له لها لهم لهما معه معها معهم معهما اليه اليها اليهم عليه عليها */
    "\xd9\x84\xd9\x87", "\xd9\x84\xd9\x87\xd8\xa7", "\xd9\x84\xd9\x87\xd9\x85", "\xd9\x84\xd9\x87\xd9\x85\xd8\xa7",
    "\xd9\x85\xd8\xb9\xd9\x87", "\xd9\x85\xd8\xb9\xd9\x87\xd8\xa7", "\xd9\x85\xd8\xb9\xd9\x87\xd9\x85",
    "\xd9\x85\xd8\xb9\xd9\x87\xd9\x85\xd8\xa7", "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87\xd8\xa7",
    "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87\xd9\x85", "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87", "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87\xd8\xa7"};
  if (m->target >= 0 || m->target_code[0] || m->source < 0 || m->noun) return;
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind != HD_CLAUSE_COORD || k->prev < 0) return;
  const hd_clause *before = &c->clauses[k->prev];
  if (before->object < 0 || before->subject != m->source || before->object == m->source) return;
  long at = -1;
  if (hd_object_pronoun(c, m->anchor)) at = (long)m->anchor;
  else if (m->last + 1 < c->ntokens && hd_tok_in(c, m->last + 1, pronouns, HD_ARRAY_LEN(pronouns)))
    at = (long)m->last + 1;
  else if (m->anchor + 1 < c->ntokens && hd_tok_in(c, m->anchor + 1, pronouns, HD_ARRAY_LEN(pronouns)))
    at = (long)m->anchor + 1;
  if (at < 0) return;
  /* (a plural pronoun stands for people, never for a state named alone:
  ** "اتهمت حماس إسرائيل بترهيب الفلسطينيين وحثهم") */
  const hd_group *g = &c->groups[before->object];
  if (g->count == 1 && strlen(c->actors[g->first].code) == 3 &&
      (hd_ends_in(c, (size_t)at, "\xd9\x87\xd9\x85") || hd_ends_in(c, (size_t)at, "\xd9\x87\xd9\x85\xd8\xa7")))   /* هم هما */
    return;
  m->target = before->object;
}

/* Is token I a verb of result: أسفر، أدى، أودى، خلف، أوقع (and their
** feminine)? */
int hd_result_verb(const hd_coder *c, size_t i) {
  static const char *const verbs[] = {   /* اسفر اسفرت ادي ادت اودي اودت خلف خلفت اوقع اوقعت */
    "\xd8\xa7\xd8\xb3\xd9\x81\xd8\xb1", "\xd8\xa7\xd8\xb3\xd9\x81\xd8\xb1\xd8\xaa", "\xd8\xa7\xd8\xaf\xd9\x8a",
    "\xd8\xa7\xd8\xaf\xd8\xaa", "\xd8\xa7\xd9\x88\xd8\xaf\xd9\x8a", "\xd8\xa7\xd9\x88\xd8\xaf\xd8\xaa",
    "\xd8\xae\xd9\x84\xd9\x81", "\xd8\xae\xd9\x84\xd9\x81\xd8\xaa", "\xd8\xa7\xd9\x88\xd9\x82\xd8\xb9",
    "\xd8\xa7\xd9\x88\xd9\x82\xd8\xb9\xd8\xaa"};
  return hd_tok_in(c, i, verbs, HD_ARRAY_LEN(verbs));
}

/* Is CODE a state's forces or police (MIL, COP)? */
int hd_state_force(const char *code) { return hd_has_role(code, "MIL") || hd_has_role(code, "COP"); }

/* Is CODE armed: a state's forces or police, rebels (REB) or a militant
** group (IMG)? */
int hd_armed_actor(const char *code) {
  return hd_state_force(code) || hd_has_role(code, "REB") || !strncmp(code, "IMG", 3);
}

/* "فجر انتحاري من تنظيم داعش نفسه ...، مما أسفر عن مقتل 20 شخصا": the
** deaths that a clause of result (مما) tells, with no doer of their own,
** are the doing of the one who struck in the clause it hangs from. */
void hd_result_source(const hd_coder *c, hd_match *m) {
  /* مما ما: right before the verb of result, or opening its clause ("، ما أدى") */
  static const char *const result[] = {"\xd9\x85\xd9\x85\xd8\xa7", "\xd9\x85\xd8\xa7"};
  if (root_of(m->p->code) < 18) return;
  /* "نفذت مقاتلات التحالف خمس غارات استهدفت الحوثيين، ما أسفر عن سقوط
  ** قتلى": the one struck right before is not the doer of what resulted;
  ** the one who struck is */
  if (!m->implicit_source && m->source >= 0 && m->anchor > 0 && !m->noun &&
      hd_tok_in(c, m->anchor - 1, result, HD_ARRAY_LEN(result))) {
    for (int cl = c->clause_at[m->anchor]; cl >= 0; cl = c->clauses[cl].parent) {
      const hd_clause *k = &c->clauses[cl];
      if (k->events && k->object_root >= 18 && k->object == m->source && k->subject >= 0 && k->subject != m->source &&
          !hd_is_weak(c, k->subject)) {
        m->source = k->subject;
        return;
      }
    }
    return;
  }
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  /* ("وشن طيران التحالف غارات على مواقع للحوثيين، أسفرت عن سقوط قتلى":
  ** the nearest actor before the verb of result is the one the violence
  ** struck, not its doer) */
  int victim_before = !m->implicit_source && m->source >= 0 && m->source == k->object && k->object_root >= 18;
  if (!m->implicit_source && !victim_before) return;
  /* "ونفذت قوات الجيش الليبي ضربات جوية أسفرت عن مقتل عدد من
  ** الإرهابيين": a verb of result after the violence its own clause told
  ** last, with no ما between, tells what that violence did: its doer is
  ** that violence's (none when it had none named: "ردا على هجوم ... أدى
  ** إلى مقتل"), and its victims the clause's object */
  if (!m->noun && hd_result_verb(c, m->anchor) && k->events && k->violent_code[0] &&
      k->violent_last < m->anchor) {
    int g = k->violent_source;
    if (g < 0 || g == m->source || hd_is_weak(c, g)) return;
    if (m->target == g) m->target = k->object != g ? k->object : -1;
    m->source = g;
    m->implicit_source = 0;
    m->cause = k->violent_code;
    return;
  }
  if (victim_before || k->kind != HD_CLAUSE_ADVERBIAL || k->parent < 0 ||
      !hd_tok_in(c, k->opener, result, HD_ARRAY_LEN(result)))
    return;
  /* (the clause it hangs from, or one above it: "خمس غارات، استهدفت مواقع
  ** الحوثيين، ما أسفر عن") */
  for (int cl = k->parent; cl >= 0; cl = c->clauses[cl].parent) {
    const hd_clause *parent = &c->clauses[cl];
    if (!parent->events || parent->subject < 0 || parent->subject_root < 18) continue;
    if (parent->subject == m->target || hd_is_weak(c, parent->subject)) return;
    m->source = parent->subject;
    m->implicit_source = 0;
    /* (and it was that violence, when it is the clause's one event) */
    if (parent->subject_code[0] && parent->events == 1) m->cause = parent->subject_code;
    return;
  }
  /* "واستهدفت الفصائل المعارضة ضاحية جرمانا، ما أسفر عن مقتل أربعة أشخاص":
  ** a verb of violence in the clause it hangs from, coded as nothing (it
  ** struck a place), whose subject is armed (an army, the police, rebels,
  ** a militant group), did what resulted */
  const hd_clause *parent = &c->clauses[k->parent];
  if (parent->events || !hd_result_verb(c, m->anchor)) return;
  for (size_t i = parent->start; i < parent->end && i < k->start; i++) {
    if (c->clause_at[i] != k->parent || !hd_is_verb(c, i) || !hd_violence_word(c, i)) continue;
    int g = hd_subject_of(c, i, 0);
    if (g < 0 || g == m->target || hd_is_weak(c, g)) return;
    const char *code = c->actors[c->groups[g].first].code;
    if (!hd_armed_actor(code)) return;
    /* (after the verb, a subject has the article or is named: "واستهدفت
    ** مركزي شرطة" is what was struck) */
    size_t at = c->groups[g].tok_start;
    const hd_actor *a = &c->actors[c->groups[g].first];
    if (at > i && !hd_reading_with(c, at, HD_CL_ARTICLE) && !(a->why[0] && a->why[0]->kind == HD_ENT_ACTOR)) return;
    if (c->explain) fprintf(c->explain, "  doer   %s, who struck in the clause this result hangs from\n", code);
    m->source = g;
    m->implicit_source = 0;
    return;
  }
}

/* "وبدأ التنظيم هجومه"، "منذ بدء قوات النظام هجومها": a noun of violence
** with a pronoun is the attack of the actor the pronoun stands for, named
** right before it: its doer, not its victim. */
void hd_possessor_attacker(const hd_coder *c, hd_match *m) {
  /* nouns of attack, not of killing or of what was suffered ("مقتله"،
  ** "تعرضهم للاعتداء"): هجوم هجمات غارات غارت قصف عمليات عمليت ضربات ضربت حملات حملت */
  static const char *const attacks[] = {
    "\xd9\x87\xd8\xac\xd9\x88\xd9\x85", "\xd9\x87\xd8\xac\xd9\x85\xd8\xa7\xd8\xaa",
    "\xd8\xba\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa", "\xd8\xba\xd8\xa7\xd8\xb1\xd8\xaa", "\xd9\x82\xd8\xb5\xd9\x81",
    "\xd8\xb9\xd9\x85\xd9\x84\xd9\x8a\xd8\xa7\xd8\xaa", "\xd8\xb9\xd9\x85\xd9\x84\xd9\x8a\xd8\xaa",
    "\xd8\xb6\xd8\xb1\xd8\xa8\xd8\xa7\xd8\xaa", "\xd8\xb6\xd8\xb1\xd8\xa8\xd8\xaa",
    "\xd8\xad\xd9\x85\xd9\x84\xd8\xa7\xd8\xaa", "\xd8\xad\xd9\x85\xd9\x84\xd8\xaa"};
  if (root_of(m->p->code) < 18 || m->target < 0 || (m->source >= 0 && !m->implicit_source)) return;
  if (c->groups[m->target].tok_end != m->anchor || !hd_reading_with(c, m->anchor, HD_CL_SUFFIX) ||
      hd_reading_with(c, m->anchor, HD_CL_ALEF))
    return;
  size_t n;
  const char *w = hd_after_conj(c, m->anchor, &n);
  if (!opens_with(w, n, attacks, HD_ARRAY_LEN(attacks))) return;
  m->source = m->target;
  m->implicit_source = 0;
  m->target = -1;
}

/* Is the verb at token I one of doing, answering or targeting (قام، رد،
** استهدف), whose means may follow after ب?  Not a verb whose ب brings
** what it tells of: "أشادت حماس بعملية الدهس"، "أبلغت تل أبيب بهجمات"،
** "أفادت بتعرض أراضيها". */
static int acts_by_means(const hd_coder *c, size_t i) {
  static const char *const doing[] = {   /* قام قامت قاموا يقوم تقوم يقومون رد ردت ردوا يرد ترد
                                         ** استهدف استهدفت استهدفوا يستهدف تستهدف */
    "\xd9\x82\xd8\xa7\xd9\x85", "\xd9\x82\xd8\xa7\xd9\x85\xd8\xaa", "\xd9\x82\xd8\xa7\xd9\x85\xd9\x88\xd8\xa7",
    "\xd9\x8a\xd9\x82\xd9\x88\xd9\x85", "\xd8\xaa\xd9\x82\xd9\x88\xd9\x85", "\xd9\x8a\xd9\x82\xd9\x88\xd9\x85\xd9\x88\xd9\x86",
    "\xd8\xb1\xd8\xaf", "\xd8\xb1\xd8\xaf\xd8\xaa", "\xd8\xb1\xd8\xaf\xd9\x88\xd8\xa7", "\xd9\x8a\xd8\xb1\xd8\xaf",
    "\xd8\xaa\xd8\xb1\xd8\xaf",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd9\x81", "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd9\x81\xd8\xaa",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd9\x81\xd9\x88\xd8\xa7", "\xd9\x8a\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd9\x81",
    "\xd8\xaa\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd9\x81"};
  return hd_tok_in(c, i, doing, HD_ARRAY_LEN(doing));
}

/* "قتل شخص وأصيب 4 آخرين، جميعهم من المدنيين، بتفجير انتحاري": the act
** named by a noun with ب right after those a verb of casualties of its
** clause struck (قتل، أصيب) is what struck them: they are its victims, not
** its doers.  Not after a verb of doing, whose subject acts by it ("بعد
** قيام مجموعة من الأشخاص بضربه"), nor fighting with a side named
** ("مقتل 15 حوثيا باشتباكات مع ألوية العمالقة"). */
void hd_struck_by_means(const hd_coder *c, hd_match *m) {
  static const char *const doing[] = {"\xd9\x82\xd9\x8a\xd8\xa7\xd9\x85"};   /* قيام */
  if (m->source < 0 || root_of(m->p->code) < 18 || !hd_reading_with(c, m->anchor, HD_CL_IN) ||
      hd_marker_at(c, m->anchor, HD_MARK_CLASH))
    return;
  size_t at = c->groups[m->source].tok_start, end = c->groups[m->source].tok_end, words = 0;
  if (at >= m->anchor) return;
  for (size_t i = end; i < m->anchor; i++) words += c->tokens[i].kind == HD_TOK_WORD;
  if (words > 1) return;
  int cl = c->clause_at[m->anchor];
  size_t struck = SIZE_MAX;
  for (size_t i = c->clauses[cl].start; i < at && struck == SIZE_MAX; i++)
    if (c->actor_at[i] < 0 && hd_tok_in(c, i, casualties, HD_ARRAY_LEN(casualties))) struck = i;
  if (struck == SIZE_MAX) return;
  for (size_t i = struck + 1; i < m->anchor; i++)
    if (acts_by_means(c, i) || hd_tok_in(c, i, doing, HD_ARRAY_LEN(doing))) return;
  if (c->explain)
    fprintf(c->explain, "  victims \"%.*s\" struck by what is named with \xd8\xa8 after them\n",
            (int)tok_len(&c->tokens[at]), tok_text(c, &c->tokens[at]));
  if (m->target < 0) m->target = m->source;
  m->source = -1;
  m->implicit_source = m->p->default_source[0] != 0;
}

/* "وأكد التحالف أن القصف استهدف قيادات بارزة في جماعة الحوثي"، "وقال
** الجيش الإسرائيلي إن الغارة استهدفت موقعا لحماس": military force (19)
** named by a noun with the article and no doer, right after the أن of what
** a state's armed force (an army, a coalition) says, and aimed at one it
** names, is that force's own; not force that struck it or its own state
** ("قال الجيش إن القصف استهدف مواقعه"), nor force it accuses another of
** (اتهم). */
void hd_speakers_own_act(const hd_coder *c, hd_match *m) {
  if (root_of(m->p->code) != 19 || (m->source >= 0 && !m->implicit_source) || m->target < 0 || m->anchor == 0) return;
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind != HD_CLAUSE_COMPLEMENT || k->governor < 0 || m->anchor != (size_t)k->opener + 1 ||
      !hd_reading_with(c, m->anchor, HD_CL_ARTICLE) || !hd_marker_at(c, (size_t)k->governor, HD_MARK_REPORT) ||
      hd_marker_at(c, (size_t)k->governor, HD_MARK_ALLEGED))
    return;
  int g = c->clauses[c->clause_at[k->governor]].subject;
  if (g < 0 || g == m->target || hd_is_weak(c, g)) return;
  const char *code = c->actors[c->groups[g].first].code, *t = c->actors[c->groups[m->target].first].code;
  /* (its own land's only when the armed group of it: "ضرباتها على مواقع حزب العمال") */
  if (!hd_has_role(code, "MIL") || !strcmp(t, code) ||
      (!strncmp(t, code, 3) && !hd_has_role(t, "REB") && strncmp(t, "IMG", 3)))
    return;
  if (c->explain) fprintf(c->explain, "  doer   %s, the armed force that says what its force struck\n", code);
  m->source = g;
  m->implicit_source = 0;
}

/* The first group of actors after token I, or -1. */
static int first_group_after(const hd_coder *c, size_t i) {
  for (size_t j = i + 1; j < c->ntokens; j++)
    if (c->actor_at[j] >= 0) return c->actor_at[j];
  return -1;
}

/* "وقصفت ميليشيا الحوثي الأحياء السكنية بقذائف الهاون"، "شنت الميليشيا
** قصفا عنيفا بقذائف الهاون"، "تستهدف القوات الحكومية منذ أيام مناطق في
** ريف إدلب بقصف مدفعي"، "قام شخص بعملية طعن": a noun of violence after
** ب, the means of a verb of violence or of doing before it in its clause,
** is done by that verb's subject, not to it. */
void hd_means_of_violence(const hd_coder *c, hd_match *m) {
  if (root_of(m->p->code) < 18 || !m->implicit_source || !hd_reading_with(c, m->anchor, HD_CL_IN)) return;
  int cl = c->clause_at[m->anchor];
  const hd_clause *k = &c->clauses[cl];
  size_t verb = hd_verb_before(c, cl, m->anchor);
  if (verb == SIZE_MAX) return;
  /* (the doer that verb's violence was told with; or, after a verb of
  ** doing, the subject the noun took for its victim, right after the
  ** verb, "ردت عليها فصائل مسلحة بإطلاق صواريخ"، or before it, "أن
  ** الميليشيات قامت بتفجير 5 منازل"; not a subject a verb of violence
  ** may have suffered, "أصيب نحو 15 شخصا بانفجار") */
  int doer = -1;
  if (hd_violence_word(c, verb) && k->violent_source >= 0 && verb <= k->violent_last && k->violent_last < m->anchor)
    doer = k->violent_source;
  else if (acts_by_means(c, verb) && m->target >= 0 && c->groups[m->target].tok_end <= m->anchor &&
           (first_group_after(c, verb) == m->target || (k->subject == m->target && c->groups[m->target].tok_end <= verb)))
    doer = m->target;
  if (doer < 0 || hd_is_weak(c, doer)) return;
  m->source = doer;
  m->implicit_source = 0;
  if (m->target == doer) m->target = k->object >= 0 && k->object != doer ? k->object : -1;
}

/* "حررت قوات الجيش اليمني مواقع جديدة غرب محافظة تعز، بعد معارك عنيفة
** ضد ميليشيات الحوثي"، "أعلن الجيش اليمني عن تحرير مواقع جديدة، عقب معارك
** عنيفة أسفرت عن مقتل 35 عنصرا من ميليشيات الحوثي": fighting named after
** بعد، عقب or إثر in a clause whose subject is armed (an army, the police,
** rebels, a militant group) is that subject's, who took or held ground by
** it; it fought the side named after ضد or مع, else, when the subject is a
** state's force, the armed group of its country the article has named
** most.  Not an unidentified force's fighting of the subject. */
void hd_fighting_of_subject(const hd_coder *c, hd_match *m) {
  static const char *const after[] = {   /* بعد عقب اثر */
    "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd8\xb9\xd9\x82\xd8\xa8", "\xd8\xa7\xd8\xab\xd8\xb1"};
  static const char *const against[] = {"\xd8\xb6\xd8\xaf", "\xd9\x85\xd8\xb9"};   /* ضد مع */
  /* (not the dead or wounded of it: "سقطوا إثر مواجهات عنيفة") */
  static const char *const fell[] = {   /* سقط سقطت سقطوا لقي لقيت لقوا اصيب اصيبت اصيبوا قتلوا */
    "\xd8\xb3\xd9\x82\xd8\xb7", "\xd8\xb3\xd9\x82\xd8\xb7\xd8\xaa", "\xd8\xb3\xd9\x82\xd8\xb7\xd9\x88\xd8\xa7",
    "\xd9\x84\xd9\x82\xd9\x8a", "\xd9\x84\xd9\x82\xd9\x8a\xd8\xaa", "\xd9\x84\xd9\x82\xd9\x88\xd8\xa7",
    "\xd8\xa7\xd8\xb5\xd9\x8a\xd8\xa8", "\xd8\xa7\xd8\xb5\xd9\x8a\xd8\xa8\xd8\xaa", "\xd8\xa7\xd8\xb5\xd9\x8a\xd8\xa8\xd9\x88\xd8\xa7",
    "\xd9\x82\xd8\xaa\xd9\x84\xd9\x88\xd8\xa7"};
  static const char *const preps[] = {   /* من مع في عن علي الي بين */
    "\xd9\x85\xd9\x86", "\xd9\x85\xd8\xb9", "\xd9\x81\xd9\x8a", "\xd8\xb9\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd9\x8a", "\xd8\xa8\xd9\x8a\xd9\x86"};
  /* (also fighting whose words name the other side but no doer: "عقب
  ** معارك ضارية مع ميليشيات الحوثي") */
  int named = !m->implicit_source && m->source < 0 && m->target >= 0 && c->groups[m->target].tok_start > m->anchor &&
              hd_tok_in(c, c->groups[m->target].tok_start - 1, against, HD_ARRAY_LEN(against));
  if ((!m->implicit_source && !named) || strcmp(m->p->code, "190") || m->anchor == 0 ||
      !hd_marker_at(c, m->anchor, HD_MARK_CLASH) || !hd_tok_in(c, m->anchor - 1, after, HD_ARRAY_LEN(after)))
    return;
  int cl = c->clause_at[m->anchor];
  size_t verb = hd_verb_before(c, cl, m->anchor);
  if (verb == SIZE_MAX || hd_tok_in(c, verb, fell, HD_ARRAY_LEN(fell))) return;
  /* (the clause's first actor not named after a preposition: "أحرز الجيش
  ** اليمني، بدعم من طيران التحالف، تقدما ... بعد معارك" is the army's) */
  int who = -1;
  for (size_t i = c->clauses[cl].start; i < m->anchor && who < 0; i++) {
    int g = c->actor_at[i];
    if (g < 0 || hd_scope(c, cl, i) != HD_IN_CLAUSE) continue;
    i = c->groups[g].tok_end - 1;
    size_t at = c->groups[g].tok_start;
    if (hd_is_weak(c, g) || hd_has_preposition(c, at) || (at > 0 && hd_tok_in(c, at - 1, preps, HD_ARRAY_LEN(preps))))
      continue;
    who = g;
  }
  if (who < 0) return;
  const char *code = c->actors[c->groups[who].first].code;
  if (!hd_armed_actor(code)) return;
  int state = hd_state_force(code);
  /* the other side: after ضد or مع a few words on, with no stop between */
  int other = -1;
  for (size_t i = m->last + 1, words = 0; i + 1 < c->ntokens && words <= 3 && other < 0; i++, words++) {
    if (c->clause_at[i] != cl || is_stop(&c->tokens[i])) break;
    /* (a word of its own between: "ضد فصيل جيش الإسلام") */
    if (!hd_tok_in(c, i, against, HD_ARRAY_LEN(against))) continue;
    for (size_t j = i + 1; j <= i + 2 && j < c->ntokens && other < 0 && c->tokens[j].kind == HD_TOK_WORD; j++)
      other = c->actor_at[j];
    break;
  }
  if (other < 0 && named) other = m->target;
  if (other == who) return;
  /* else the clause's object ("طردت تنظيم داعش من منبج بعد معارك"), else
  ** for a state's force the armed group of its country named most; not
  ** whoever else the fighting's words were near ("ساندها تحالف") */
  int object = c->clauses[cl].object;
  if (other < 0 && object >= 0 && object != who && !hd_is_weak(c, object)) {
    const char *oc = c->actors[c->groups[object].first].code;
    int one_side = !strcmp(oc, code) || (!strncmp(oc, code, 3) && hd_state_body(oc) && hd_state_body(code));
    if (!one_side) other = object;
  }
  m->source = who;
  m->implicit_source = 0;
  m->target = other;
  /* (one way: the subject who took the ground fought the side named, which
  ** is not told as fighting it back) */
  if (named) m->one_way = 1;
  const char *held = other < 0 && state ? hd_armed_group_of(c, code) : NULL;
  if (held) snprintf(m->target_code, sizeof m->target_code, "%s", held);
  if (c->explain)
    fprintf(c->explain, "  doer   %s, the subject of the clause the fighting after %.*s is part of\n", code,
            (int)tok_len(&c->tokens[m->anchor - 1]), tok_text(c, &c->tokens[m->anchor - 1]));
}

/* "أعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف المسجد"، "أعلنت حركة
** طالبان مسؤوليتها عن هجوم فاراه": violence named right after the
** responsibility its actor claims ("مسؤوليته عن") was that actor's, not an
** unidentified force's, nor done to it. */
void hd_claimed_attack(const hd_coder *c, hd_match *m) {
  /* (its own, with its pronoun: "حملت واشنطن النظام المسؤولية عن الهجوم"
  ** blames, it claims nothing) */
  static const char *const claimed[] = {   /* مسووليته مسووليتها مسووليتهم مسووليتهما */
    "\xd9\x85\xd8\xb3\xd9\x88\xd9\x88\xd9\x84\xd9\x8a\xd8\xaa\xd9\x87",
    "\xd9\x85\xd8\xb3\xd9\x88\xd9\x88\xd9\x84\xd9\x8a\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd9\x85\xd8\xb3\xd9\x88\xd9\x88\xd9\x84\xd9\x8a\xd8\xaa\xd9\x87\xd9\x85",
    "\xd9\x85\xd8\xb3\xd9\x88\xd9\x88\xd9\x84\xd9\x8a\xd8\xaa\xd9\x87\xd9\x85\xd8\xa7"};
  static const char *const an[] = {"\xd8\xb9\xd9\x86"};   /* عن */
  if (root_of(m->p->code) < 18 || (m->source >= 0 && !m->implicit_source) || m->anchor < 2) return;
  /* (the verb of a relative clause on the noun claimed: "مسؤوليته عن
  ** التفجير الذي استهدف المسجد") */
  size_t noun = m->anchor;
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind == HD_CLAUSE_RELATIVE && k->antecedent < 0 && m->anchor <= k->opener + 2 && k->opener >= 3)
    noun = hd_tok_in(c, k->opener - 2, an, 1) ? k->opener - 1 : k->opener - 2;   /* (an adjective between) */
  if (noun < 2) return;
  /* "مسؤوليته عن الهجوم"، "مسؤوليته عن تنفيذ الهجوم" (AT is عن) */
  size_t at = noun - 1;
  if (!hd_tok_in(c, at, an, 1)) {
    if (!hd_tok_in(c, at - 1, an, 1) || c->actor_at[at] >= 0) return;
    at--;
  }
  /* (a comma between: "أعلن الحرس الثوري، الأحد، مسؤوليته، عن إطلاق الصواريخ") */
  if (at >= 3 && c->tokens[at - 1].kind == HD_TOK_PUNCT && c->tokens[at - 1].punct == ',' &&
      hd_tok_in(c, at - 2, claimed, HD_ARRAY_LEN(claimed)))
    at--;
  if (at < 2 || !hd_tok_in(c, at - 1, claimed, HD_ARRAY_LEN(claimed))) return;
  /* the claimer: the actor before the claim in its clause, a time set
  ** apart by commas between ("أعلن تنظيم داعش، الاثنين، مسؤوليته") */
  int cl = c->clause_at[at - 1], g = -1;
  size_t words = 0;
  for (size_t i = at - 1; i-- > 0 && words <= 3;) {
    if (hd_scope(c, cl, i) != HD_IN_CLAUSE) break;
    if (c->actor_at[i] >= 0) { g = c->actor_at[i]; break; }
    if (c->tokens[i].kind == HD_TOK_WORD) words++;
  }
  if (g < 0 || hd_is_weak(c, g) || c->actors[c->groups[g].first].kind != HD_ACT_PLAIN) return;
  m->source = g;
  m->implicit_source = 0;
  if (m->target == g) m->target = -1;
}

/* "اتهمت بريطانيا روسيا بتسميم سكريبال، لكن روسيا نفت تورطها"، "أنحت
** بريطانيا باللائمة على روسيا، وهو ما نفته موسكو": a denial that names
** no one answers the accusation the sentence told before it against the
** one who denies: it is aimed at the accuser. */
void hd_denied_accuser(const hd_coder *c, hd_match *m) {
  if (strcmp(m->p->code, "016") || m->target >= 0 || m->source < 0) return;
  const char *denier = c->actors[c->groups[m->source].first].code;
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    if (cl->start >= m->anchor) break;
    if (cl->subject_root != 11 || cl->subject < 0 || cl->object < 0 || cl->subject == m->source) continue;
    const char *accused = c->actors[c->groups[cl->object].first].code;
    const char *accuser = c->actors[c->groups[cl->subject].first].code;
    if (!strncmp(accused, denier, 3) && strncmp(accuser, denier, 3)) {
      m->target = cl->subject;
      return;
    }
  }
}

/* The group of the actor a person's title makes right after a name of one
** to three words at token I that the dictionaries do not know, a comma
** between allowed ("ستيف بلوك، وزير الخارجية الهولندي"، "جولي بيشوب
** وزيرة الخارجية الأسترالية"); -1 when there is none. */
static int titled_name(const hd_coder *c, size_t i) {
  size_t j = i;
  while (j < c->ntokens && j < i + 3 && c->actor_at[j] < 0 && hd_name_word(c, j) && tok_len(&c->tokens[j]) >= 6 &&
         memcmp(tok_text(c, &c->tokens[j]), "\xd8\xa7\xd9\x84", 4))   /* ال */
    j++;
  if (j == i || j >= c->ntokens) return -1;
  /* (with no comma between, only after a verb of saying, and not before
  ** بأن: "ووصف كينيدي وزير الخارجية الروسي بأنه" names whom he described) */
  int comma = c->tokens[j].kind == HD_TOK_PUNCT && c->tokens[j].punct == ',';
  if (comma) j++;
  else if (i == 0 || !hd_saying_gender(c, i - 1)) return -1;
  if (j >= c->ntokens || c->actor_at[j] < 0) return -1;
  int g = c->actor_at[j];
  size_t after = c->groups[g].tok_end;
  if (!comma && after < c->ntokens && tok_len(&c->tokens[after]) >= 6 &&
      !memcmp(tok_text(c, &c->tokens[after]), "\xd8\xa8\xd8\xa7\xd9\x86", 6))   /* بان */
    return -1;
  const hd_actor *a = &c->actors[c->groups[g].first];
  if (c->groups[g].tok_start != j || c->groups[g].count != 1 || a->kind != HD_ACT_PLAIN || a->bare || a->weak ||
      strlen(a->code) < 3 || !hd_person_title(c, j))
    return -1;
  return g;
}

/* The subject of the verb at token I that no pattern read: the actor
** right after it ("وقال الوزير"), else the one before it ("الوزير قال"),
** else its clause's link ("، مضيفا أن"); -1 when none. */
int hd_subject_of(const hd_coder *c, size_t i, int said) {
  static const char *const of_day[] = {"\xd9\x85\xd8\xb3\xd8\xa7\xd8\xa1", "\xd8\xb5\xd8\xa8\xd8\xa7\xd8\xad"};   /* مساء صباح */
  int g = -1;
  /* "إن بوتين أبلغ الرئيس الأسد بأن"، "أنقرة أبلغت الوزير الأمريكي": a verb
  ** of telling with its subject right before it has whom it told after it */
  if (said && hd_tells(c, i) && (g = hd_subject_before(c, i, 1)) >= 0) return g;
  if (said) {
    /* "وقال المتحدث باسم الجيش العراقي"، "وقال الخميس وزير الخارجية": the
    ** words of a title, and of a day, may stand between; a word the
    ** dictionaries do not know is a speaker they do not know ("وقال
    ** خبراء"، "وقال جيفري"), and any other word ends the search */
    size_t j = i + 1;
    while (j < c->ntokens && c->actor_at[j] < 0) {
      const hd_token *t = &c->tokens[j];
      size_t n;
      if (t->kind == HD_TOK_PUNCT && (t->punct == ',' || is_transparent(t))) j++;
      else if (t->kind == HD_TOK_WORD && (n = hd_marker_at(c, j, HD_MARK_TITLE))) j += n;
      else if (t->kind == HD_TOK_WORD && (hd_day_word(c, j) || hd_tok_in(c, j, of_day, HD_ARRAY_LEN(of_day)))) j++;
      else break;
    }
    /* "وقال ستيف بلوك، وزير الخارجية الهولندي، إن": a name the
    ** dictionaries do not know, then the title of a person that makes an
    ** actor, is that actor */
    if (j < c->ntokens && c->actor_at[j] < 0 && c->tokens[j].kind == HD_TOK_WORD) {
      int titled = titled_name(c, j);
      if (titled >= 0) return titled;
    }
    if (j < c->ntokens && c->actor_at[j] < 0 && c->tokens[j].kind == HD_TOK_WORD && c->tokens[j].nana == 0) return -1;
    /* "وأضاف \"كندا ارتكبت خطأ\"": a name that begins the words the verb
    ** governs is what was said, not who said it (but a name quoted alone,
    ** "وذكر \"المرصد السوري\" أن"، "وقال \"تحالف دعم الشرعية في اليمن\"،
    ** ... إنه", is the speaker: a short quote before the rest of the
    ** sentence) */
    if (j < c->ntokens && c->actor_at[j] >= 0 && c->groups[c->actor_at[j]].tok_start == j) {
      const hd_clause *q = &c->clauses[c->clause_at[j]];
      size_t rest = q->end;
      while (rest < c->ntokens && c->tokens[rest].kind != HD_TOK_WORD) rest++;
      if (q->governor != (int32_t)i || (rest < c->ntokens && hd_words_in(c, q->start, q->end) <= QUOTED_NAME))
        g = c->actor_at[j];
    }
  } else if (!hd_ends_in(c, i, "\xd9\x88\xd8\xa7") && !hd_ends_in(c, i, "\xd9\x88\xd9\x86")) {
    /* a verb that carries its plural subject (يرفعون صور الرئيس) has its
    ** object after it; other verbs their subject right after them */
    g = group_after(c, c->clause_at[i], i + 1, -1, 1, SUBJECT);
  }
  /* a state body with no country ("وزارة الصحة في غزة") speaks for the place */
  int body = g >= 0 && c->actors[c->groups[g].first].bare && c->actors[c->groups[g].first].why[0] &&
             (c->actors[c->groups[g].first].why[0]->flags & HD_AGENT_BODY);
  if (g >= 0 && ((hd_is_weak(c, g) && !body) || is_topic(c, c->groups[g].tok_start) || addressed(c, c->groups[g].tok_start)))
    g = -1;
  if (g < 0) g = hd_subject_before(c, i, 0);
  if (g < 0) g = linked_subject(c, i, 0);
  return g;
}

/* The subject of clause CL as far as token BEFORE: the source of an event
** coded in it, else its first actor that is no topic ("في سوريا") and no
** nisba on a noun; -1 when none. */
static int clause_subject(const hd_coder *c, int cl, size_t before, int avoid) {
  if (c->clauses[cl].subject >= 0) return c->clauses[cl].subject;
  for (size_t i = c->clauses[cl].start; i < before; i++) {
    int g = c->actor_at[i];
    if (g < 0 || hd_scope(c, cl, i) != HD_IN_CLAUSE) continue;
    if (g != avoid && !hd_is_weak(c, g) && !is_topic(c, c->groups[g].tok_start)) return g;
    i = c->groups[g].tok_end - 1;
  }
  return -1;
}

/* "تطرق الرئيس الفرنسي إلى ... خلال اتصال هاتفي مع عباس"، "على هامش لقائه
** بـX": a call, a meeting or talks named by a noun inside a clause are
** between the clause's subject and the one they are with, whatever the
** clause's verb. */
void hd_frame_source(const hd_coder *c, hd_match *m) {
  static const char *const frames[] = {
    "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd9\x81\xd9\x8a", "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd8\xa1",
    "\xd8\xb9\xd9\x82\xd8\xa8", "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd8\xa7\xd8\xab\xd8\xb1",
    "\xd9\x87\xd8\xa7\xd9\x85\xd8\xb4", "\xd8\xa8\xd9\x87\xd8\xaf\xd9\x81", "\xd8\xa8\xd8\xba\xd8\xb1\xd8\xb6",
    "\xd8\xa7\xd8\xac\xd9\x84"};   /* خلال في اثناء عقب بعد اثر هامش بهدف بغرض اجل */
  /* (a visit, "خلال زيارته", may be anyone's) */
  if (m->source >= 0 || m->passive_parties || strncmp(m->p->code, "04", 2) || !strncmp(m->p->code, "042", 3) ||
      !strncmp(m->p->code, "043", 3) || m->anchor == 0)
    return;
  if (!hd_tok_in(c, m->anchor - 1, frames, HD_ARRAY_LEN(frames))) return;
  if (m->target < 0 || hd_is_weak(c, m->target)) return;
  int g = clause_subject(c, c->clause_at[m->anchor], m->anchor, m->target);
  /* "وفي اتصال هاتفي مع نظيره المنغولي، نفى وزير الخارجية التركي": a
  ** frame that opens the sentence is of the subject of the verb after it */
  if (g < 0 && hd_opens_sentence(c, m->anchor - 1)) {
    int cl = c->clause_at[m->anchor];
    for (size_t i = c->groups[m->target].tok_end, w = 0; i < c->ntokens && w <= FRAME_REACH; i++) {
      if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',' && !is_transparent(&c->tokens[i])) break;
      if (c->tokens[i].kind != HD_TOK_WORD) continue;
      if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_end - 1; continue; }
      w++;
      if (c->clause_at[i] != cl && c->clauses[c->clause_at[i]].kind != HD_CLAUSE_COORD) break;
      if (!hd_is_verb(c, i)) continue;
      g = hd_subject_of(c, i, hd_marker_at(c, i, HD_MARK_REPORT) != 0);
      break;
    }
    if (g == m->target || (g >= 0 && hd_is_weak(c, g))) g = -1;
  }
  if (g >= 0) { m->source = g; m->implicit_source = 0; }
}

/* Are groups G and H of one country (or of one code with none)? */
static int same_country(const hd_coder *c, int g, int h) {
  const char *a = c->actors[c->groups[g].first].code, *b = c->actors[c->groups[h].first].code;
  return strlen(a) >= 3 && strlen(b) >= 3 ? !strncmp(a, b, 3) : !strcmp(a, b);
}

/* "وتدور معارك عنيفة منذ أيام في محيط مدينة الحديدة بين القوات
** الحكومية وميليشيات الحوثي": the sides of fighting named after بين
** further on in its clause, past where and when, when its pattern found
** neither: each fights the other.  (Not of a meeting: "قمة ... لبحث
** العلاقات بين" names a topic there.) */
void hd_sides_between(const hd_coder *c, hd_match *m) {
  static const char *const between[] = {"\xd8\xa8\xd9\x8a\xd9\x86"};   /* بين */
  if (!m->implicit_source || strcmp(m->p->code, "190") || m->target >= 0) return;
  int cl = c->clause_at[m->anchor];
  for (size_t i = m->last + 1; i + 1 < c->ntokens && hd_words_in(c, m->last + 1, i) <= BETWEEN_REACH; i++) {
    if (hd_scope(c, cl, i) != HD_IN_CLAUSE) break;
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',') break;
    if (c->actor_at[i] >= 0) break;   /* an actor before بين is another's */
    if (!hd_tok_in(c, i, between, 1)) continue;
    int g = c->actor_at[i + 1];
    if (g < 0 || c->groups[g].count < 2 || hd_scope(c, cl, i + 1) != HD_IN_CLAUSE) return;
    m->source = g;
    m->implicit_source = 0;
    m->sides = 1;
    return;
  }
}

/* The actors of group G that are not the victims V, one code; of the
** victims' side, those of V's code, else of V's country.  Returns 1 + the
** index of the one actor not of that side, or 0 when there is not exactly
** one ("بين الفلسطينيين والجيش الإسرائيلي" and the Palestinians killed). */
static size_t other_side(const hd_coder *c, int g, const char *v) {
  const hd_group *gr = &c->groups[g];
  size_t vn = strlen(v), hit = 0, other = 0, nother = 0;
  for (int by_country = 0; by_country < 2 && !hit; by_country++) {
    if (by_country && vn < 3) break;
    nother = 0;
    for (size_t k = 0; k < gr->count; k++) {
      const hd_actor *a = &c->actors[gr->first + k];
      if (a->kind == HD_ACT_PARTIES) return 0;
      int same = by_country ? strlen(a->code) >= 3 && !strncmp(a->code, v, 3) : !strcmp(a->code, v);
      if (same) hit++;
      else { other = gr->first + k; nother++; }
    }
  }
  return hit && nother == 1 ? other + 1 : 0;
}

/* "قتل شخص وأصيب 5 آخرون خلال اشتباكات عنيفة مع قوات الأمن"، "وقعت
** اشتباكات بين ميليشيات الحوثي وقوات الجيش أدت إلى مقتل عدد من عناصر
** الميليشيات": deaths of no named doer in fighting whose sides are named
** after مع or بين (a few words after its word, within CLASH_REACH words
** of the deaths either way, with no stop between) are the doing of the
** side that is not the victims': the one after مع, or of two after بين
** the one not of the victims' code or country. */
void hd_clash_sides(const hd_coder *c, hd_match *m) {
  static const char *const sides[] = {"\xd9\x85\xd8\xb9", "\xd8\xa8\xd9\x8a\xd9\x86"};   /* مع بين */
  static const char *const borders[] = {"\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf",
                                        "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xac"};   /* حدود الحدود السياج */
  if (!m->implicit_source || root_of(m->p->code) < 18 || m->target < 0) return;
  const char *v = c->actors[c->groups[m->target].first].code;
  size_t from = hd_words_start(c, m->anchor, CLASH_REACH);
  for (size_t i = from; i < m->anchor; i++)
    if (is_stop(&c->tokens[i])) from = i + 1;
  for (size_t i = from; i < c->ntokens && (i <= m->last || hd_words_in(c, m->last + 1, i + 1) <= CLASH_REACH); i++) {
    if (is_stop(&c->tokens[i])) break;
    if (!hd_marker_at(c, i, HD_MARK_CLASH)) continue;
    for (size_t j = i + 1; j + 1 < c->ntokens && hd_words_in(c, i + 1, j + 1) <= SIDES_REACH; j++) {
      if (c->tokens[j].kind == HD_TOK_PUNCT && !is_transparent(&c->tokens[j])) break;
      if (c->actor_at[j] >= 0) break;   /* an actor before مع or بين is another's */
      /* (and one after a border's: "في اشتباكات قرب حدود غزة مع إسرائيل") */
      if (hd_tok_in(c, j, borders, HD_ARRAY_LEN(borders))) break;
      if (!hd_tok_in(c, j, sides, HD_ARRAY_LEN(sides))) continue;
      int g = c->actor_at[j + 1];
      if (g < 0 || c->groups[g].tok_start != j + 1 || g == m->target) return;
      size_t one = hd_tok_in(c, j, sides, 1) ? (c->groups[g].count == 1 && strcmp(c->actors[c->groups[g].first].code, v)
                                                      ? c->groups[g].first + 1 : 0)
                                             : other_side(c, g, v);
      if (!one) return;
      if (c->explain) fprintf(c->explain, "  sides  \"%s\" of the fighting named after %s, not the victims'\n",
                              c->actors[one - 1].code, hd_tok_in(c, j, sides, 1) ? "مع" : "بين");
      m->source = g;
      m->side_actor = one;
      m->implicit_source = 0;
      return;
    }
    if (i < m->anchor) continue;
    return;
  }
}

/* "ضربت إسرائيل أهدافا لحماس ردا على إطلاق صواريخ"، "طردت بريطانيا
** دبلوماسيين ردا على هجوم": what an act answers (the words of an `answer`
** marker govern it) is the other side's act.  Its doer is not the one who
** answers it: when it names no one else, it is the doing of whom the answer
** struck, if the clause named them, else of no one named; and it is aimed
** at the one who answers, unless it names its own target after the word of
** answering (what the answer struck, named before, is not its target). */
void hd_answered_act(const hd_coder *c, hd_match *m) {
  long at = hd_answered_by(c, m->anchor);
  if (at < 0) return;
  const hd_clause *cl = &c->clauses[c->clause_at[m->anchor]];
  int who = cl->subject;
  int struck = who >= 0 && cl->object >= 0 && !same_country(c, cl->object, who) ? cl->object : -1;
  int borrowed = m->source >= 0 && who >= 0 && same_country(c, m->source, who);
  if (m->source < 0 || borrowed) {
    m->source = struck;
    m->attacker = 0;
    m->implicit_source = struck < 0 && m->p->default_source[0] != 0;
  }
  if (m->target >= 0 && (c->groups[m->target].tok_start < (size_t)at || same_actor(c, m->target, struck))) m->target = -1;
  if (m->target_code[0] && m->target_from < (size_t)at) m->target_code[0] = 0;
  /* (aimed at the answerer when the answerer was read as its doer: "ردا
  ** على إطلاق رصاص على جنود" names no victim of a land; not when its
  ** victims are others, unnamed: "ردا على هجوم أسفر عن مقتل العشرات") */
  if (borrowed && m->target < 0 && !m->target_code[0]) m->target = who;
}

/* "اعتقل المعارض الروسي أليكسي نافالني": arrest, detention, expulsion and
** repression are done by a state to the people it holds.  When the only
** actor such a verb names is one of them (an opponent, a journalist, a
** civilian, an activist) and no one else is the target, the verb is read
** as passive: that actor is its target, and its source the police of the
** target's country. */
void hd_authority_source(hd_coder *c, hd_match *m) {
  static const char *const held[] = {"OPP", "CVL", "MED", "EDU", "REL", "HRI", "LAB", "ELI", "REF", "BUS"};
  static const char *const done[] = {   /* تم تمت يتم وتم وتمت جري وجري */
    "\xd8\xaa\xd9\x85", "\xd8\xaa\xd9\x85\xd8\xaa", "\xd9\x8a\xd8\xaa\xd9\x85", "\xd9\x88\xd8\xaa\xd9\x85",
    "\xd9\x88\xd8\xaa\xd9\x85\xd8\xaa", "\xd8\xac\xd8\xb1\xd9\x8a", "\xd9\x88\xd8\xac\xd8\xb1\xd9\x8a"};
  if (strncmp(m->p->code, "17", 2) || !strncmp(m->p->code, "171", 3)) return;
  int done_to = m->source < 0 && m->target >= 0 && !m->passive_parties && m->anchor > 0 &&
                hd_tok_in(c, m->anchor - 1, done, HD_ARRAY_LEN(done));
  if ((m->source < 0 || m->target >= 0) && !done_to) return;
  const hd_actor *a = &c->actors[c->groups[done_to ? m->target : m->source].first];
  const char *role = strlen(a->code) >= 6 ? a->code + 3 : strlen(a->code) == 3 ? a->code : "";
  int is_held = 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(held); k++) is_held |= !strncmp(role, held[k], 3);
  if (!is_held) return;
  /* "أعلنت الداخلية أنه تم القبض على عشرة من جماعة الإخوان"، "وتم القبض
  ** على عدد من رجال الدين": what was done to such people with no one
  ** named doing it (تم، جرى) was done by the police of their country, or
  ** of the place */
  if (done_to) {
    if (strlen(a->code) >= 6) hd_country_role(m->authority, a->code, "COP");
    else snprintf(m->authority, sizeof m->authority, "COP");
    return;
  }
  m->target = m->source;
  /* "... واعتقل العشرات من المتظاهرين": a verb joined by و is the one's
  ** named before */
  int linked = linked_subject(c, m->anchor, 0);
  m->source = linked != m->target ? linked : -1;
  if (m->source >= 0) return;
  if (strlen(a->code) >= 6) hd_country_role(m->authority, a->code, "COP");
  else snprintf(m->authority, sizeof m->authority, "COP");
}

/* "دوما تعرضت لهجوم كيمياوي"، "الغوطة الشرقية التي تتعرض لقصف القوات
** الحكومية"، "10 بلدات وقرى في الغوطة الشرقية تعرضت لقصف": violence
** whose verb's subject suffered it (@undergo: تعرض ل) suffered by a place
** named as that subject, right before the verb in its clause (two words
** between at most) or as the noun a relative clause opens on, is aimed at
** the place's country (at its people, when the attacker is of that
** country or has none named). */
static void place_undergoing(hd_coder *c, hd_match *m) {
  if (!(m->p->flags & HD_PAT_UNDERGO)) return;
  int cl = c->clause_at[m->anchor];
  const hd_clause *k = &c->clauses[cl];
  for (size_t n = c->nplaces; n-- > 0;) {
    const hd_place *pl = &c->places[n];
    if (pl->tok_end > m->anchor || pl->kind == HD_ENT_ADJ) continue;
    int subject = hd_reach(c, cl, pl->tok_start) > 0 && hd_words_in(c, pl->tok_end, m->anchor) <= 2;
    /* (the place the relative clause opens on, past a word of its own:
    ** "الغوطة الشرقية المحاصرة التي تتعرض لقصف") */
    int opened = k->kind == HD_CLAUSE_RELATIVE && k->opener >= pl->tok_end &&
                 hd_words_in(c, pl->tok_end, k->opener) <= 1 && hd_words_in(c, k->opener, m->anchor) <= 1;
    if (!subject && !opened) continue;
    const hd_actor *src = m->source >= 0 ? &c->actors[c->groups[m->source].first] : NULL;
    int own = m->implicit_source || (src && (src->bare || !strncmp(src->code, pl->country, 3)));
    snprintf(m->target_code, sizeof m->target_code, "%s%s", pl->country, own ? "CVL" : "");
    m->target_from = pl->tok_start;
    m->target_to = pl->tok_end;
    return;
  }
}

/* The post of a state's forces (@post) named between the violence's words
** (from token FROM) and the place it struck (at token TO): "هجوم على نقطة
** أمنية في ولاية فاره"، "انفجرت سيارة ملغمة أمام دورية عسكرية في مدينة
** غاو"; NULL if none. */
static const hd_entry *post_struck(const hd_coder *c, size_t from, size_t to, const hd_mention **at) {
  for (size_t k = 0; k < c->nmentions; k++) {
    const hd_mention *mn = &c->mentions[k];
    if (mn->tok_start < from) continue;
    if (mn->tok_end > to) break;
    const hd_entry *e = agent_entry(c, mn, HD_AGENT_POST);
    if (e) { *at = mn; return e; }
  }
  return NULL;
}

/* Is token AT named as the neighbour across a border: right after مع
** that follows a word of the border, one word of its own between at most
** ("على الحدود مع السعودية"، "معبر نصيب الحدودي مع الأردن"، "محافظة حجة
** الحدودية مع السعودية"), not after عبر? */
static int across_border(const hd_coder *c, size_t at) {
  static const char *const with[] = {"\xd9\x85\xd8\xb9"};   /* مع */
  static const char *const borders[] = {   /* حدود الحدود الحدودي الحدوديه حدودها حدوده */
    "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x8a\xd9\x87",
    "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x87\xd8\xa7", "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x87"};
  static const char *const across[] = {"\xd8\xb9\xd8\xa8\xd8\xb1"};   /* عبر */
  if (at < 2 || !hd_tok_in(c, at - 1, with, 1)) return 0;
  size_t b = hd_tok_in(c, at - 2, borders, HD_ARRAY_LEN(borders)) ? at - 2
           : at >= 3 && c->tokens[at - 2].kind == HD_TOK_WORD && hd_tok_in(c, at - 3, borders, HD_ARRAY_LEN(borders)) ? at - 3
           : 0;
  /* (not across it, into the neighbour: "عملية عسكرية عبر الحدود مع سوريا") */
  return b > 0 && !hd_tok_in(c, b - 1, across, 1);
}

/* Drops M's target, a group or a place's country, when it is the
** neighbour across a border; returns 1 when it did. */
static int drop_neighbour(const hd_coder *c, hd_match *m) {
  int dropped = 0;
  if (m->target >= 0 && across_border(c, c->groups[m->target].tok_start)) m->target = -1, dropped = 1;
  if (m->target < 0 && m->target_code[0] && m->target_to > m->target_from && across_border(c, m->target_from)) {
    m->target_code[0] = 0;
    m->target_from = m->target_to = 0;
    dropped = 1;
  }
  return dropped;
}

/* "قصفت طائرات التحالف معاقل للحوثيين على الحدود مع السعودية"، "سيطرت
** قوات النظام على معبر نصيب الحدودي مع الأردن": the neighbour across a
** border where violence struck, or a place was taken, is where it was,
** not whom it was aimed at (but closing a border or a crossing with it,
** 191, is aimed at it: "أغلقت حدودها مع قطر"). */
void hd_not_neighbour(const hd_coder *c, hd_match *m) {
  if (root_of(m->p->code) < 18 || !strncmp(m->p->code, "191", 3) || !drop_neighbour(c, m)) return;
  /* (whom it struck is then the one the words name as victim or as the
  ** holder of what was struck: "معاقل للمتمردين الحوثيين"; never the
  ** neighbour again) */
  hd_introduced_target(c, m);
  drop_neighbour(c, m);
}

/* "وصل إلى موسكو"، "قصفت الطائرات مدينة إدلب"، "ندد بإطلاق الصواريخ من
** قطاع غزة": an act with no target named is aimed at the country of the
** place named after its words in its clause; not at its own country,
** except an attack (on its people).  Where people meet, talk or agree is
** no party to it. */
void hd_place_target(hd_coder *c, hd_match *m) {
  int root = root_of(m->p->code);
  /* (a noun of violence alone needs victims named as such, @victim) */
  /* (where people meet, talk or agree is no party to it) */
  int meeting = root == 3 || (root == 4 && strncmp(m->p->code, "042", 3)) || root == 6 || !strncmp(m->p->code, "057", 3);
  if (m->target >= 0 || m->target_code[0] || root == 1 || meeting || m->sides || (m->p->flags & (HD_PAT_VICTIM | HD_PAT_SYM)))
    return;
  /* (violence may name where it struck in the relative clause the pattern
  ** reads its last words in: "الضربات التي نفذتها إسرائيل في سوريا") */
  int cl = c->clause_at[m->last];
  if (root < 18 || c->clauses[cl].kind != HD_CLAUSE_RELATIVE) cl = c->clause_at[m->anchor];
  for (size_t k = 0; k < c->nplaces; k++) {
    const hd_place *pl = &c->places[k];
    /* (the place struck may stand further off: "شنت مقاتلات التحالف غارات
    ** تركزت على محيط المطار وكتيبة للدفاع الجوي ... بمدينة الحديدة") */
    size_t gap = root >= 18 ? PLACE_GAP : VICTIM_GAP;
    if (pl->tok_start <= m->anchor || hd_words_in(c, m->last + 1, pl->tok_start) > gap || hd_reach(c, cl, pl->tok_start) <= 0)
      continue;
    /* (an implied attacker is of the place) */
    const hd_actor *src = m->source >= 0 ? &c->actors[c->groups[m->source].first] : NULL;
    int own = m->implicit_source || (src && (src->bare || !strncmp(src->code, pl->country, 3)));
    if (root < 18 && own) continue;
    /* an attack in its own country ("أطلق مسلح النار داخل مسجد في مرسيليا")
    ** is on its people; a town besieged or taken ("سيطرت قوات النظام على
    ** الغوطة الشرقية") is taken from whoever held it, which the place does
    ** not say */
    int taken = !strncmp(m->p->code, "191", 3) || !strncmp(m->p->code, "192", 3);
    const hd_mention *at = NULL;
    const hd_entry *post = root >= 18 ? post_struck(c, m->last + 1, pl->tok_start, &at) : NULL;
    snprintf(m->target_code, sizeof m->target_code, "%.3s%.3s", pl->country, post ? post->code : own && !taken ? "CVL" : "");
    /* "استعادت قوات الجيش الوطني السيطرة على سوق الشريجة بتعز": a place a
    ** state's own forces take or besiege in their own country is taken
    ** from the armed group of that country the article has named most (the
    ** Houthis in a report of the war in Yemen), when it has named one */
    const char *held = taken && !post && src && !src->bare && hd_state_body(src->code) && !strncmp(src->code, pl->country, 3)
                         ? hd_armed_group_of(c, pl->country) : NULL;
    if (held) snprintf(m->target_code, sizeof m->target_code, "%s", held);
    /* (the post's words and the place's, as the target's evidence) */
    m->target_from = post ? at->tok_start : pl->tok_start;
    m->target_to = pl->tok_end;
    return;
  }
  if (root >= 18) place_undergoing(c, m);
}
