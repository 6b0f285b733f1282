/*
** realis.c: whether what a pattern names happened.
**
** News tells of more than what happened: what someone threatened, asked
** for, planned, denied or claimed of another, what may happen under a
** condition, what happened years ago.  Each event gets one realis, decided
** in this order:
**
**   1. a negation right before its verb ("لم"، "لن"، "عدم"، "وقف إطلاق
**      النار"), a denial or a foiled attack a few words before it;
**   2. the future's سـ on its verb, "قد" before an imperfect verb, and the
**      realis markers of the dictionaries ([markers] planned, hypothetical,
**      called-for, threatened, alleged, background) a few words before it
**      in its own clause: "هدد بقصف", "دعا إلى التحقيق", "من المقرر أن";
**   3. its clause: a condition ("إذا وقعت") is hypothetical, and what a
**      verb governs ("اتهمت بريطانيا روسيا بأنها نفذت") takes the realis of
**      that verb's marker, through every clause up to the sentence;
**   4. its date: after the article's, planned; a year or more before it,
**      background.
**
** The governing verb is an event of its own, coded by its own pattern:
** "هدد" is a threat, "دعا" an appeal, "اتهم" an accusation.  A meeting to
** come that the article itself tells is also an intent to meet
** (hd_told_plan).
*/
#include <stdlib.h>
#include "code/coder.h"

#define DENIAL_REACH 8   /* words between "نفى" and the event it denies */
#define FOILED_REACH 5   /* words between "أحبط" or "فكك" and the attack or bomb */
#define FUTURE_NOUN_REACH 12   /* words between a verb in the future and the noun of a meeting it tells of */
#define REALIS_REACH 6   /* words between a realis marker and the event it governs */
#define BACKGROUND_DAYS 183   /* an event dated this long before its article is background */
#define YEAR_REACH 11         /* words between an event and the year that dates it */

/* Negation and the conditional particles, closed classes of the grammar. */
static const char *const negations[] = {
  "\xd9\x84\xd9\x85", "\xd9\x84\xd9\x86", "\xd9\x84\xd8\xa7", "\xd8\xb9\xd8\xaf\xd9\x85",
  "\xd8\xaf\xd9\x88\xd9\x86", "\xd8\xa8\xd8\xaf\xd9\x88\xd9\x86", "\xd9\x84\xd9\x8a\xd8\xb3",
  "\xd9\x88\xd9\x82\xd9\x81", "\xd9\x84\xd9\x88\xd9\x82\xd9\x81", "\xd8\xa8\xd9\x88\xd9\x82\xd9\x81",
  "\xd9\x88\xd9\x82\xd9\x81\xd8\xa7"};
/* لم لن لا عدم دون بدون ليس; وقف لوقف بوقف وقفا (وقف إطلاق النار is a ceasefire) */
enum { CEASEFIRE_FIRST = 7, CEASEFIRE_COUNT = 4 };   /* the four forms of وقف */

static const char *const next_words[] = {   /* المقبل المقبله القادم القادمه */
  "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa8\xd9\x84\xd9\x87",
  "\xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd8\xaf\xd9\x85", "\xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd8\xaf\xd9\x85\xd9\x87"};

static const char *const conditionals[] = {
  "\xd8\xa7\xd8\xb0\xd8\xa7", "\xd9\x84\xd9\x88", "\xd8\xad\xd8\xa7\xd9\x84"};   /* اذا لو (في) حال */

int hd_negated_word(const hd_coder *c, size_t i) {
  return i > 0 && hd_tok_in(c, i - 1, negations, CEASEFIRE_FIRST);
}

int hd_is_negation(const hd_coder *c, size_t anchor) {
  static const char *const done[] = {   /* يتم تتم يجري تجري */
    "\xd9\x8a\xd8\xaa\xd9\x85", "\xd8\xaa\xd8\xaa\xd9\x85", "\xd9\x8a\xd8\xac\xd8\xb1\xd9\x8a",
    "\xd8\xaa\xd8\xac\xd8\xb1\xd9\x8a"};
  if (anchor > 0 && hd_tok_in(c, anchor - 1, negations, HD_ARRAY_LEN(negations))) return 1;   /* ولم، فلا */
  /* "لم يتم إطلاق النار عليها": the impersonal verb of a noun is what is negated */
  if (anchor > 1 && hd_tok_in(c, anchor - 1, done, HD_ARRAY_LEN(done)) &&
      hd_tok_in(c, anchor - 2, negations, CEASEFIRE_FIRST))
    return 1;
  /* "وقف فوري لإطلاق النار": a ceasefire word may stand one word further back */
  return anchor > 1 && hd_tok_in(c, anchor - 2, negations + CEASEFIRE_FIRST, CEASEFIRE_COUNT);
}

/* The marker of KIND nearest before ANCHOR within REACH words in the same
** sentence, or NULL; sets *AT to its token. */
static const hd_marker *preceded_by(const hd_coder *c, size_t anchor, int kind, size_t reach, size_t *at) {
  int own = c->clause_at[anchor];
  for (size_t i = anchor, k = 0; i-- > 0 && k < reach; k++) {
    /* a verb joined by و is not what the clause before denied: "ونفى
    ** الكرملين الاتهامات وقال إن ..." */
    if (c->clauses[own].kind == HD_CLAUSE_COORD && i < c->clauses[own].start) return NULL;
    /* nor one in a clause of its own ("فشلت المحادثات في تحقيق أي اختراق في
    ** حين استضاف البشير الخصمين"، "فيما"، "بعد أن") */
    if (c->clauses[own].kind == HD_CLAUSE_ADVERBIAL && i < c->clauses[own].start) return NULL;
    /* an actor's words count as one: "رفض قائد الحرس الثوري الإيراني محمد
    ** علي جعفري عرض ترامب إجراء محادثات" */
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_start; continue; }
    const hd_token *t = &c->tokens[i];
    if (is_stop(t)) return NULL;
    const hd_marker *mk = t->kind == HD_TOK_WORD ? hd_marker_here(c, i, kind) : NULL;
    if (mk) { *at = i; return mk; }
  }
  return NULL;
}

/* Is the event at ANCHOR what someone denied a few words before?  "نفت
** الوزارة أن تكون طائراتها قد قصفت مستشفى" codes the denial only. */
int hd_is_denied(const hd_coder *c, size_t anchor) {
  size_t at;
  return preceded_by(c, anchor, HD_MARK_DENIAL, DENIAL_REACH, &at) != NULL;
}

/* Was the attack at ANCHOR foiled, or its bomb defused or found?  "فككت
** الشرطة سيارة مفخخة", "أحبط الجيش هجوما". */
int hd_is_foiled(const hd_coder *c, size_t anchor) {
  size_t at;
  return preceded_by(c, anchor, HD_MARK_FOILED, FOILED_REACH, &at) != NULL;
}

/* The realis markers, with the realis each gives. */
static const struct { int kind; hd_realis realis; } realis_markers[] = {
  {HD_MARK_DENIAL, HD_REALIS_NEGATED},           {HD_MARK_FOILED, HD_REALIS_NEGATED},
  {HD_MARK_PLANNED, HD_REALIS_PLANNED},          {HD_MARK_HYPOTHETICAL, HD_REALIS_HYPOTHETICAL},
  {HD_MARK_CALLED_FOR, HD_REALIS_CALLED_FOR},    {HD_MARK_THREATENED, HD_REALIS_THREATENED},
  {HD_MARK_ALLEGED, HD_REALIS_ALLEGED},          {HD_MARK_BACKGROUND, HD_REALIS_BACKGROUND},
  {HD_MARK_ANSWER, HD_REALIS_BACKGROUND},
};

/* Is token I an elative, the most or the first of something (أعنف، أشرس،
** أكبر، أسوأ، أول، الأولى), by its form: ا and three letters, with or
** without the article, or أول/الأولى? */
static int elative(const hd_coder *c, size_t i) {
  static const char *const first[] = {"\xd8\xa7\xd9\x88\xd9\x84", "\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a",
                                      "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a"};   /* اول اولي الاول الاولي */
  if (hd_tok_in(c, i, first, HD_ARRAY_LEN(first))) return 1;
  const char *w = tok_text(c, &c->tokens[i]);
  size_t n = tok_len(&c->tokens[i]);
  if (n >= 12 && !memcmp(w, "\xd8\xa7\xd9\x84", 4)) { w += 4; n -= 4; }   /* ال */
  return n == 8 && !memcmp(w, "\xd8\xa7", 2);   /* ا and three letters */
}

/* Is the background marker MK at token I a span measured from something
** else, not from the news: "قبل أسابيع من الانتخابات" (weeks before
** them), "أعنف غارات منذ أسابيع"، "أول هجوم من نوعه منذ أشهر" (the most,
** or the first, in weeks)? */
static int relative_span(const hd_coder *c, size_t i, const hd_marker *mk) {
  size_t end = i + mk->nwords;
  if (hd_tok_is(c, i, "\xd9\x82\xd8\xa8\xd9\x84"))   /* قبل ... من */
    return end < c->ntokens && hd_tok_is(c, end, "\xd9\x85\xd9\x86");
  /* (a span of time, not منذ أن: "أكبر عملية منذ أن خطفت بوكو حرام ... عام
  ** 2014" still tells what came before) */
  if (!hd_tok_is(c, i, "\xd9\x85\xd9\x86\xd8\xb0") ||   /* منذ */
      i + 1 >= c->ntokens || hd_marker_here(c, i + 1, HD_MARK_COMPLEMENT))
    return 0;
  for (size_t j = i, w = 0; j-- > 0 && w < 4; w++) {
    if (c->tokens[j].kind != HD_TOK_WORD) return 0;
    if (elative(c, j)) return 1;
  }
  return 0;
}

/* The realis marker that starts at token I, or NULL; sets *R. */
static const hd_marker *realis_marker_at(const hd_coder *c, size_t i, hd_realis *r) {
  if (c->tokens[i].kind != HD_TOK_WORD) return NULL;
  for (size_t k = 0; k < HD_ARRAY_LEN(realis_markers); k++) {
    const hd_marker *mk = hd_marker_here(c, i, realis_markers[k].kind);
    if (mk && realis_markers[k].realis == HD_REALIS_BACKGROUND && relative_span(c, i, mk)) continue;
    if (mk) { *r = realis_markers[k].realis; return mk; }
  }
  return NULL;
}

/* Does token I hold the future's سـ (سيزور), with its verb read? */
static int has_future(const hd_coder *c, size_t i) { return hd_reading_with(c, i, HD_CL_FUTURE); }

/* Is token I a word the dictionaries do not know that has the form of an
** imperfect verb with the future's سـ ("سيمثل"، "ستتناول"): سي، ست or سن
** and three letters more at least? */
static int future_unknown(const hd_coder *c, size_t i) {
  const hd_token *t = &c->tokens[i];
  const char *w = tok_text(c, t);
  return t->kind == HD_TOK_WORD && t->nana == 0 && tok_len(t) >= 10 && !memcmp(w, "\xd8\xb3", 2) &&
         (!memcmp(w + 2, "\xd9\x8a", 2) || !memcmp(w + 2, "\xd8\xaa", 2) || !memcmp(w + 2, "\xd9\x86", 2));
}

/* "أعلنت ماي أن بريطانيا ستطرد 23 دبلوماسيا روسيا"، "أعلنت واشنطن أنها
** ستفرض رسوما"، "أعلن أردوغان أن بلاده ستقاطع المنتجات الأمريكية": an act
** of reducing relations (16: expelling, sanctions, boycott, closing a
** mission) that the words of an announcement or a decision (أعلن، قرر)
** say a state will do, the state of the one who announces it, is that
** state's act, decided: what it announces is done by the announcing.  Not
** what another state will do, nor an act of any other kind. */
static int announced_decision(const hd_coder *c, const hd_match *m) {
  static const char *const announce[] = {   /* اعلن اعلنت واعلن واعلنت يعلن تعلن قرر قررت وقرر وقررت */
    "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86", "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86\xd8\xaa",
    "\xd9\x88\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86", "\xd9\x88\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86\xd8\xaa",
    "\xd9\x8a\xd8\xb9\xd9\x84\xd9\x86", "\xd8\xaa\xd8\xb9\xd9\x84\xd9\x86",
    "\xd9\x82\xd8\xb1\xd8\xb1", "\xd9\x82\xd8\xb1\xd8\xb1\xd8\xaa",
    "\xd9\x88\xd9\x82\xd8\xb1\xd8\xb1", "\xd9\x88\xd9\x82\xd8\xb1\xd8\xb1\xd8\xaa"};
  if (root_of(m->p->code) != 16 || m->source < 0) return 0;
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind != HD_CLAUSE_COMPLEMENT || k->governor < 0 || k->parent < 0 ||
      !hd_tok_in(c, (size_t)k->governor, announce, HD_ARRAY_LEN(announce)))
    return 0;
  int who = c->clauses[k->parent].subject;
  return who >= 0 && !strncmp(c->actors[c->groups[who].first].code, c->actors[c->groups[m->source].first].code, 3);
}

/* Is token I a verb with the future's سـ, known to the dictionaries or
** not ("سيزور"، "ستنعقد")? */
static int future_verb(const hd_coder *c, size_t i) { return has_future(c, i) || future_unknown(c, i); }

/* Does token I begin with the prefix of the imperfect's third person
** masculine, يـ (يلتقي، ويبحث)?  (تـ is also the past's: "تلقى"، "تباحث".) */
int hd_imperfect(const hd_coder *c, size_t i) {
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  return n > 4 && !memcmp(w, "\xd9\x8a", 2);
}

/* "وسيكون ترمب أول رئيس أميركي يجري مفاوضات مع"، "وستكون تلك المرة
** الأولى التي يلتقي فيها": does the sentence open with a verb of being
** in the future, and the event stand in its clause or one inside it (not
** one joined after it by و)? */
static int under_future_being(const hd_coder *c, size_t anchor) {
  static const char *const being[] = {   /* سيكون ستكون سيصبح ستصبح سيشكل ستشكل سيمثل ستمثل */
    "\xd8\xb3\xd9\x8a\xd9\x83\xd9\x88\xd9\x86", "\xd8\xb3\xd8\xaa\xd9\x83\xd9\x88\xd9\x86",
    "\xd8\xb3\xd9\x8a\xd8\xb5\xd8\xa8\xd8\xad", "\xd8\xb3\xd8\xaa\xd8\xb5\xd8\xa8\xd8\xad",
    "\xd8\xb3\xd9\x8a\xd8\xb4\xd9\x83\xd9\x84", "\xd8\xb3\xd8\xaa\xd8\xb4\xd9\x83\xd9\x84",
    "\xd8\xb3\xd9\x8a\xd9\x85\xd8\xab\xd9\x84", "\xd8\xb3\xd8\xaa\xd9\x85\xd8\xab\xd9\x84"};
  size_t f = 0;
  while (f < c->ntokens && c->tokens[f].kind != HD_TOK_WORD) f++;
  if (f >= c->ntokens || f >= anchor) return 0;
  size_t n;
  const char *w = hd_after_conj(c, f, &n);
  int opens = 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(being) && !opens; k++) opens = n == strlen(being[k]) && !memcmp(w, being[k], n);
  if (!opens) return 0;
  static const char *const since[] = {"\xd9\x85\xd9\x86\xd8\xb0"};   /* منذ: "منذ المعارك" is history */
  if (anchor > 0 && hd_tok_in(c, anchor - 1, since, 1)) return 0;
  for (int k = c->clause_at[anchor]; k > 0; k = c->clauses[k].parent) {
    const hd_clause *cl = &c->clauses[k];
    if (cl->kind == HD_CLAUSE_COORD || cl->parent < 0) return 0;
    /* (a relative clause in the past tells what was: "والتي شهدت") */
    if (cl->kind == HD_CLAUSE_RELATIVE && cl->opener + 1 < c->ntokens && !hd_imperfect(c, cl->opener + 1)) return 0;
  }
  return 1;
}

/* Does token I open with the prefix of the present (يـ، تـ, after و or
** ف): "وتنفي"، "ينفي"، "تتهم"?  (For verbs whose past never opens so.) */
static int present_tense(const hd_coder *c, size_t i) {
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  return n > 4 && (!memcmp(w, "\xd9\x8a", 2) || !memcmp(w, "\xd8\xaa", 2));
}

/* Does token I end as a verb of the past does: ـا (dual, ـوا، ـتا) or ـت
** ("توصلا"، "تعرضوا"، "توغلت")? */
static int past_ending(const hd_coder *c, size_t i) {
  return hd_ends_in(c, i, "\xd8\xa7") || hd_ends_in(c, i, "\xd8\xaa");
}

/* Is token I an imperfect verb, with يـ or with تـ ("تعقد"، "تزور")?  A
** verb in تـ of the forms تفعّل and تفاعل, or ending as a past one, is
** read as the past ("تباحث الرئيسان"، "تلقى اتصالا"، "توصلتا"). */
static int imperfect_any(const hd_coder *c, size_t i) {
  static const char *const past[] = {   /* تباحث تحادث تشاور تلقي تحدث تبادل تطرق تداول تواصل تناول تعهد توجه تفقد تسلم توصل تعاون */
    "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xad\xd8\xab", "\xd8\xaa\xd8\xad\xd8\xa7\xd8\xaf\xd8\xab",
    "\xd8\xaa\xd8\xb4\xd8\xa7\xd9\x88\xd8\xb1", "\xd8\xaa\xd9\x84\xd9\x82\xd9\x8a",
    "\xd8\xaa\xd8\xad\xd8\xaf\xd8\xab", "\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xaf\xd9\x84",
    "\xd8\xaa\xd8\xb7\xd8\xb1\xd9\x82", "\xd8\xaa\xd8\xaf\xd8\xa7\xd9\x88\xd9\x84",
    "\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84", "\xd8\xaa\xd9\x86\xd8\xa7\xd9\x88\xd9\x84",
    "\xd8\xaa\xd8\xb9\xd9\x87\xd8\xaf", "\xd8\xaa\xd9\x88\xd8\xac\xd9\x87", "\xd8\xaa\xd9\x81\xd9\x82\xd8\xaf",
    "\xd8\xaa\xd8\xb3\xd9\x84\xd9\x85", "\xd8\xaa\xd9\x88\xd8\xb5\xd9\x84",
    "\xd8\xaa\xd8\xb9\xd8\xa7\xd9\x88\xd9\x86"};
  if (hd_imperfect(c, i)) return 1;
  return present_tense(c, i) && hd_is_verb(c, i) && !hd_tok_in(c, i, past, HD_ARRAY_LEN(past)) && !past_ending(c, i);
}

int hd_past_verb(const hd_coder *c, size_t i) { return hd_is_verb(c, i) && !imperfect_any(c, i); }

/* Does the article itself tell M, a meeting to come, in its own words, so
** that it is also the intent to meet of those who will?  In the sentence's
** main clause or one joined to it, right after the word that plans it
** ("من المقرر أن يعقد"), or by its verb in the words of a speaker of
** another side than M's doer; by a verb in the present or the future, or by a
** noun after one ("يعتزم ماكرون ... إجراء محادثات"، "يبدأ ولي العهد ...
** زيارة").  Not what a speaker is quoted saying he will do (speech.c reads
** it), a noun named as to come ("قبيل القمة المرتقبة بين"، "تمهيدا للقمة"),
** a plan told as past ("وكان من المقرر أن يلتقي ... لكن اللقاء تم
** إلغاؤه"), nor one denied ("ألا يزور"، "من غير المتوقع أن"). */
int hd_told_plan(const hd_coder *c, const hd_match *m) {
  static const char *const was[] = {"\xd9\x83\xd8\xa7\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa"};   /* كان كانت (and after و) */
  static const char *const no[] = {   /* لا لن الا لم عدم */
    "\xd9\x84\xd8\xa7", "\xd9\x84\xd9\x86", "\xd8\xa7\xd9\x84\xd8\xa7", "\xd9\x84\xd9\x85",
    "\xd8\xb9\xd8\xaf\xd9\x85"};
  static const char *const not_[] = {"\xd8\xba\xd9\x8a\xd8\xb1"};   /* غير */
  const hd_realis_why *why = &m->realis_why;
  size_t from = why->marker && why->token < m->anchor ? why->token : m->anchor;
  for (size_t i = from, n = 0; i-- > 0 && n < 3;) {
    if (c->tokens[i].kind != HD_TOK_WORD) continue;
    if (hd_tok_in(c, i, was, HD_ARRAY_LEN(was)) || (i + 1 == from && hd_tok_in(c, i, no, HD_ARRAY_LEN(no)))) return 0;
    n++;
  }
  if (m->anchor > 0 && hd_tok_in(c, m->anchor - 1, no, HD_ARRAY_LEN(no))) return 0;
  if (why->marker && why->token > 0 && hd_tok_in(c, why->token - 1, not_, 1)) return 0;
  size_t v = m->anchor;
  if (m->noun || !hd_is_verb(c, v)) {
    if (hd_has_preposition(c, v)) return 0;
    /* the verb that governs the noun, past its subject's names */
    size_t words = 0;
    while (v > 0 && c->clause_at[v - 1] == c->clause_at[m->anchor] && words < 8 && !hd_is_verb(c, v - 1) &&
           !(why->marker && why->token == v - 1))
      words += c->tokens[--v].kind == HD_TOK_WORD && c->actor_at[v] < 0;
    if (v == 0 || c->clause_at[v - 1] != c->clause_at[m->anchor]) return 0;
    v--;
    if (!hd_is_verb(c, v) && !(why->marker && why->token == v && present_tense(c, v))) return 0;
  }
  if (hd_past_verb(c, v) && !has_future(c, v)) return 0;
  int k = c->clause_at[m->anchor];
  while (c->clauses[k].kind == HD_CLAUSE_COORD && c->clauses[k].prev >= 0) k = c->clauses[k].prev;
  const hd_clause *cl = &c->clauses[k];
  if (cl->kind == HD_CLAUSE_MAIN) return 1;
  if (cl->kind != HD_CLAUSE_COMPLEMENT || cl->governor < 0 || c->clauses[cl->parent].kind != HD_CLAUSE_MAIN) return 0;
  if (why->marker && (size_t)cl->governor == why->token) return 1;
  /* "أعلن كابولوف أن ظريف سيزور موسكو ويلتقي لافروف": what a speaker
  ** says, by its verb, another side will do the article tells through him
  ** (what his own side will do is his intent, which speech.c reads; a
  ** meeting named by a noun may be one the words only speak of: "في تحضير
  ** القمة المرتقبة بين"; and a verb in the present with no word of what
  ** is to come may tell what is being done: "إن المسؤولين يزورون تركيا") */
  if (m->noun || m->anchor != v || hd_has_preposition(c, v) || !(has_future(c, v) || why->marker)) return 0;
  const char *speaker = hd_speaker_at(c, (size_t)cl->governor);
  return speaker && m->source >= 0 && strncmp(speaker, c->actors[c->groups[m->source].first].code, 3) != 0;
}

/* "قال الوزير إن بلاده ترفض الاتهامات"، "أكد أنه ينفي": is M told in the
** present in what a verb of saying in the past governs, by the speaker
** himself?  His words are of the day he said them, not a position held. */
static int said_by_doer(const hd_coder *c, const hd_match *m) {
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind != HD_CLAUSE_COMPLEMENT || k->governor < 0 || k->parent < 0 || m->source < 0) return 0;
  size_t v = (size_t)k->governor;
  return hd_marker_at(c, v, HD_MARK_REPORT) && hd_past_verb(c, v) && c->clauses[k->parent].subject == m->source;
}

/* Does the sentence open with the subject of the verb at ANCHOR, right
** before it ("مصر تنفي"، "مساعد سابق لترامب ينفي"), as a headline or a lead
** does: a few words, none of them joined by و or ف or ending a clause? */
static int subject_opens(const hd_coder *c, size_t anchor) {
  static const char *const but[] = {"\xd9\x84\xd9\x83\xd9\x86"};   /* لكن */
  if (anchor == 0 || anchor > 6 || c->actor_at[anchor - 1] < 0 || hd_tok_in(c, 0, but, 1)) return 0;
  /* "وتنفي"، "والنظام" open with و (not "واشنطن", a name that begins so) */
  const hd_token *first = &c->tokens[0];
  if (first->kind == HD_TOK_WORD && tok_len(first) > 4 &&
      (!memcmp(tok_text(c, first), "\xd9\x88", 2) || !memcmp(tok_text(c, first), "\xd9\x81", 2)) &&
      !(c->actor_at[0] >= 0 && !(c->actors[c->groups[c->actor_at[0]].first].clitics & HD_CL_CONJ)))
    return 0;
  for (size_t i = 0; i < anchor; i++)
    if (c->tokens[i].kind == HD_TOK_PUNCT && !is_transparent(&c->tokens[i])) return 0;
  return 1;
}

/* Is token I in words that a verb governs, up through every clause to the
** sentence ("وقال إن بغداد ترفض"، "قالت الحركة: تنفي حماس")? */
static int in_governed_words(const hd_coder *c, size_t i) {
  for (int k = c->clause_at[i]; k >= 0; k = c->clauses[k].parent)
    if (c->clauses[k].governor >= 0) return 1;
  return 0;
}

/* May an earlier day in the words of the denial or accusation at I be the
** denied act's, not its own?  Not a verb of saying ("يقول الجيش إن طائراته
** أسقطت السبت طائرة"), nor one in words of the day ("قالت الحركة: تنفي
** حماس"), nor a line of a chronology, which its date opens ("13 يناير
** 2017: دمشق تتهم"). */
static int earlier_day_denied(const hd_coder *c, size_t i) {
  if (hd_marker_at(c, i, HD_MARK_REPORT) || in_governed_words(c, i)) return 0;
  for (size_t k = 0; k < i; k++)
    if (c->tokens[k].kind == HD_TOK_PUNCT && c->tokens[k].punct == ':') return 0;
  return 1;
}

/* Does token I open the sentence (nothing but quotes or brackets before
** it) joined by و or ف ("وتطالب"، "ويرفض"، "وتقول")? */
static int opens_after_conj(const hd_coder *c, size_t i) {
  size_t n;
  if (hd_after_conj(c, i, &n) == tok_text(c, &c->tokens[i])) return 0;
  for (size_t k = 0; k < i; k++)
    if (!is_transparent(&c->tokens[k])) return 0;
  return 1;
}

/* "وتطالب واشنطن بيونغ يانغ بنزع السلاح"، "حيث تطالب تركيا الولايات
** المتحدة بإخراج"، "الذي ترفض سلطات البحرين زيارته"، "وهو مطلب ترفضه
** ألمانيا": is token I a verb in the present (a demand, a rejection) where
** the news tells what its subject holds, not what it did that day: one that
** opens the sentence after و or ف, or opens a clause of its own (حيث،
** بينما، فيما، في حين) or a relative one, right after its opener; and in
** no words of the day ("وقال إن بغداد ترفض"، "مؤكدا أن موسكو تطالب").  A
** headline or a lead tells the news in the present ("ترامب يطالب تركيا"). */
static int held_position(const hd_coder *c, size_t i) {
  static const char *const opens[] = {   /* حيث بينما فيما حين */
    "\xd8\xad\xd9\x8a\xd8\xab", "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
    "\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7", "\xd8\xad\xd9\x8a\xd9\x86"};
  if (!imperfect_any(c, i) || hd_marker_at(c, i, HD_MARK_REPORT)) return 0;
  const hd_clause *own = &c->clauses[c->clause_at[i]];
  int held = 0;
  if (own->kind == HD_CLAUSE_RELATIVE || own->kind == HD_CLAUSE_ADVERBIAL) {
    size_t k = own->opener + 1;
    while (k < i && is_transparent(&c->tokens[k])) k++;
    held = k == i && (own->kind == HD_CLAUSE_RELATIVE || hd_tok_in(c, own->opener, opens, HD_ARRAY_LEN(opens)));
  } else {
    held = opens_after_conj(c, i);
  }
  return held && !in_governed_words(c, i);
}

/* Does the noun of a meeting at I have, within two words after it (its
** adjectives), a relative pronoun and جمع or جمعت, with no pronoun ("القمة
** التاريخية التي جمعت بين"، "اللقاء الذي جمع"), no word of its frame right
** before it (خلال، في، أثناء، هامش: the meeting the day's words were said
** at), and is it not the subject of the verb that opens the sentence
** ("وتناول اللقاء الذي جمع بوتين وأردوغان الوضع في سوريا" is the news of
** that meeting)?  With a pronoun the meeting is the subject's own, most
** often the frame of what he says ("وقال لافروف بعد اللقاء الذي جمعه
** بنظيريه"). */
static int meeting_brought_before(const hd_coder *c, size_t i) {
  static const char *const frame[] = {   /* خلال وخلال في اثناء هامش */
    "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd9\x88\xd8\xae\xd9\x84\xd8\xa7\xd9\x84",
    "\xd9\x81\xd9\x8a", "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd8\xa1", "\xd9\x87\xd8\xa7\xd9\x85\xd8\xb4"};
  static const char *const brought[] = {   /* جمع جمعت */
    "\xd8\xac\xd9\x85\xd8\xb9", "\xd8\xac\xd9\x85\xd8\xb9\xd8\xaa"};
  if (i > 0 && (hd_tok_in(c, i - 1, frame, HD_ARRAY_LEN(frame)) || hd_opens_sentence(c, i - 1))) return 0;
  for (size_t k = i + 1; k <= i + 3 && k + 1 < c->ntokens; k++) {
    if (c->tokens[k].kind != HD_TOK_WORD) return 0;
    if (hd_marker_at(c, k, HD_MARK_RELATIVE)) return hd_tok_in(c, k + 1, brought, HD_ARRAY_LEN(brought));
  }
  return 0;
}

/* Verbs of holding a view in the present: what is said (تقول، يقول), what
** is affirmed (تؤكد، يؤكد), and views proper (ترى، تعتبر، تصر، تعتقد). */
static const char *const holding_says[] = {   /* تقول يقول */
  "\xd8\xaa\xd9\x82\xd9\x88\xd9\x84", "\xd9\x8a\xd9\x82\xd9\x88\xd9\x84"};
static const char *const holding_affirms[] = {   /* تؤكد يؤكد */
  "\xd8\xaa\xd8\xa4\xd9\x83\xd8\xaf", "\xd9\x8a\xd8\xa4\xd9\x83\xd8\xaf"};
static const char *const holding_views[] = {   /* تري يري تعتبر يعتبر تصر يصر تعتقد يعتقد */
  "\xd8\xaa\xd8\xb1\xd9\x8a", "\xd9\x8a\xd8\xb1\xd9\x8a", "\xd8\xaa\xd8\xb9\xd8\xaa\xd8\xa8\xd8\xb1",
  "\xd9\x8a\xd8\xb9\xd8\xaa\xd8\xa8\xd8\xb1", "\xd8\xaa\xd8\xb5\xd8\xb1", "\xd9\x8a\xd8\xb5\xd8\xb1",
  "\xd8\xaa\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf", "\xd9\x8a\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf"};

/* Are the N bytes of folded text W one of the COUNT WORDS? */
static int text_in(const char *w, size_t n, const char *const *words, size_t count) {
  for (size_t k = 0; k < count; k++)
    if (hd_text_is(w, n, words[k])) return 1;
  return 0;
}

/* Is token I a verb of holding a view in the present ("تقول"، "يرى"،
** "تعتبر"، "يصر") that opens the sentence joined by و or ف ("وتقول";
** not "فيما يقول", nor "ويضيف" and "ويؤكد", which go on with the words
** of the day)? */
static int opens_holding(const hd_coder *c, size_t i) {
  /* (or, of the views, a clause joined by و after the sentence's first:
  ** "وتسعى موسكو لربط الملفين، وتعتبر موسكو أن"; not تقول, which there
  ** goes on with the words of the day) */
  int joined = c->clauses[c->clause_at[i]].kind == HD_CLAUSE_COORD && c->clauses[c->clause_at[i]].opener == i;
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  if (joined ? w == tok_text(c, &c->tokens[i]) : !opens_after_conj(c, i)) return 0;
  return text_in(w, n, holding_views, HD_ARRAY_LEN(holding_views)) ||
         (!joined && text_in(w, n, holding_says, HD_ARRAY_LEN(holding_says)));
}

/* "وتحتجز السلطات العراقية 833 طفلا"، "أميركيين تحتجزهم بيونغ يانغ"، "ما
** زالت تحتجز أكثر من 550 طفلا": holding people, told in the present, is a
** state of affairs, not an arrest of the day; but not in a headline or a
** lead that opens with its subject ("إيران تحتجز خبير كمبيوتر بريطانيا"),
** nor what is seen being done ("الشرطة وهي تحتجز محتجين").  Is token I
** such a verb? */
static int holds_people(const hd_coder *c, size_t i) {
  static const char *const holding_people[] = {   /* تحتجز يحتجز تحتجزه تحتجزها تحتجزهم يحتجزه يحتجزها يحتجزهم يحتجزون يحتجزونهم تحتجزان يحتجزان */
    "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2", "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2",
    "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87", "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87\xd8\xa7",
    "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87\xd9\x85", "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87\xd8\xa7",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87\xd9\x85",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x88\xd9\x86",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x88\xd9\x86\xd9\x87\xd9\x85",
    "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd8\xa7\xd9\x86",
    "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd8\xa7\xd9\x86"};
  static const char *const while_doing[] = {   /* وهي وهو وهم وهما */
    "\xd9\x88\xd9\x87\xd9\x8a", "\xd9\x88\xd9\x87\xd9\x88", "\xd9\x88\xd9\x87\xd9\x85",
    "\xd9\x88\xd9\x87\xd9\x85\xd8\xa7"};
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  return text_in(w, n, holding_people, HD_ARRAY_LEN(holding_people)) && !subject_opens(c, i) &&
         !(i > 0 && hd_tok_in(c, i - 1, while_doing, HD_ARRAY_LEN(while_doing)));
}

/* "تحالفا عسكريا تقول إنه يستهدف"، "60 دبلوماسيا تقول إنهم جواسيس"، "ما
** تقول بيونغ يانغ إنه تغيير كبير": a verb of saying in the present right
** after an indefinite noun, or after ما, describes that noun by what
** someone holds of it (a clause of description, which takes no relative
** pronoun after an indefinite noun): an attribution, not words of the
** day.  Is token I such a verb? */
static int says_of_noun(const hd_coder *c, size_t i) {
  static const char *const says[] = {   /* تقول يقول يقولون تقولان يقولان */
    "\xd8\xaa\xd9\x82\xd9\x88\xd9\x84", "\xd9\x8a\xd9\x82\xd9\x88\xd9\x84",
    "\xd9\x8a\xd9\x82\xd9\x88\xd9\x84\xd9\x88\xd9\x86", "\xd8\xaa\xd9\x82\xd9\x88\xd9\x84\xd8\xa7\xd9\x86",
    "\xd9\x8a\xd9\x82\xd9\x88\xd9\x84\xd8\xa7\xd9\x86"};
  static const char *const what[] = {   /* ما مما عما بما لما */
    "\xd9\x85\xd8\xa7", "\xd9\x85\xd9\x85\xd8\xa7", "\xd8\xb9\xd9\x85\xd8\xa7", "\xd8\xa8\xd9\x85\xd8\xa7",
    "\xd9\x84\xd9\x85\xd8\xa7"};
  static const char *const particles[] = {   /* اذ حيث كما بينما فيما لكن لكنه لكنها عندما حين حينما ثم ان انه انها قد لا بل او اي هل كيف كان كانت زالت تزال يزال */
    "\xd8\xa7\xd8\xb0", "\xd8\xad\xd9\x8a\xd8\xab", "\xd9\x83\xd9\x85\xd8\xa7",
    "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7", "\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7", "\xd9\x84\xd9\x83\xd9\x86",
    "\xd9\x84\xd9\x83\xd9\x86\xd9\x87", "\xd9\x84\xd9\x83\xd9\x86\xd9\x87\xd8\xa7",
    "\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7", "\xd8\xad\xd9\x8a\xd9\x86",
    "\xd8\xad\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7", "\xd8\xab\xd9\x85", "\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x86\xd9\x87",
    "\xd8\xa7\xd9\x86\xd9\x87\xd8\xa7", "\xd9\x82\xd8\xaf", "\xd9\x84\xd8\xa7", "\xd8\xa8\xd9\x84",
    "\xd8\xa7\xd9\x88", "\xd8\xa7\xd9\x8a", "\xd9\x87\xd9\x84", "\xd9\x83\xd9\x8a\xd9\x81",
    "\xd9\x83\xd8\xa7\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa", "\xd8\xb2\xd8\xa7\xd9\x84\xd8\xaa",
    "\xd8\xaa\xd8\xb2\xd8\xa7\xd9\x84", "\xd9\x8a\xd8\xb2\xd8\xa7\xd9\x84"};
  static const char *const documents[] = {   /* بيان بيانا بيانات تغريده تغريدات تويتر فيسبوك فيديو تسجيل شريط خطاب خطابا كلمه مقال مقالا مقابله حوار */
    "\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86", "\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86\xd8\xa7",
    "\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86\xd8\xa7\xd8\xaa", "\xd8\xaa\xd8\xba\xd8\xb1\xd9\x8a\xd8\xaf\xd9\x87",
    "\xd8\xaa\xd8\xba\xd8\xb1\xd9\x8a\xd8\xaf\xd8\xa7\xd8\xaa", "\xd8\xaa\xd9\x88\xd9\x8a\xd8\xaa\xd8\xb1",
    "\xd9\x81\xd9\x8a\xd8\xb3\xd8\xa8\xd9\x88\xd9\x83", "\xd9\x81\xd9\x8a\xd8\xaf\xd9\x8a\xd9\x88",
    "\xd8\xaa\xd8\xb3\xd8\xac\xd9\x8a\xd9\x84", "\xd8\xb4\xd8\xb1\xd9\x8a\xd8\xb7",
    "\xd8\xae\xd8\xb7\xd8\xa7\xd8\xa8", "\xd8\xae\xd8\xb7\xd8\xa7\xd8\xa8\xd8\xa7",
    "\xd9\x83\xd9\x84\xd9\x85\xd9\x87", "\xd9\x85\xd9\x82\xd8\xa7\xd9\x84",
    "\xd9\x85\xd9\x82\xd8\xa7\xd9\x84\xd8\xa7", "\xd9\x85\xd9\x82\xd8\xa7\xd8\xa8\xd9\x84\xd9\x87",
    "\xd8\xad\xd9\x88\xd8\xa7\xd8\xb1"};
  if (i == 0 || !hd_tok_in(c, i, says, HD_ARRAY_LEN(says)) || hd_reading_with(c, i, HD_CL_CONJ) ||
      c->clause_at[i - 1] != c->clause_at[i])
    return 0;
  const hd_token *t = &c->tokens[i - 1];
  if (t->kind != HD_TOK_WORD) return 0;
  if (hd_tok_in(c, i - 1, what, HD_ARRAY_LEN(what))) return 1;
  /* (a noun without the article, as written, that names no actor, nor a
  ** verb or a particle: "إذ تقول"، "كما يقول"; nor a name after an actor,
  ** "الناشطة السعودية نورا تقول"; nor the document whose words are the
  ** day's: "بيانا مشتركا يقول إن"، "تغريدة على تويتر يقول فيها") */
  size_t n = tok_len(t);
  const char *w = tok_text(c, t);
  for (size_t k = 0; k < 3 && n >= 2 * k + 4; k++)
    if (!memcmp(w + 2 * k, "\xd8\xa7\xd9\x84", 4) || (k && !memcmp(w + 2 * k, "\xd9\x84\xd9\x84", 4))) return 0;
  if (i >= 2 && c->actor_at[i - 2] >= 0) return 0;
  for (size_t k = 1; k <= 3 && k <= i; k++)
    if (hd_tok_in(c, i - k, documents, HD_ARRAY_LEN(documents))) return 0;
  return c->actor_at[i - 1] < 0 && !hd_is_verb(c, i - 1) && !hd_tok_in(c, i - 1, particles, HD_ARRAY_LEN(particles)) &&
         !hd_day_word(c, i - 1);
}

/* "فيما تقول أنقرة إن الحملة ضرورية"، "لكن موسكو تقول إنها لا تستهدف سوى
** المسلحين"، "بينما تؤكد الحكومة التركية إن القضاء وحده": is token I a
** verb of holding a view in the present (تقول، تؤكد، ترى، تعتبر، تصر) in a
** clause of contrast (بينما، فيما، في حين، لكن، إلا أن، غير أن), right
** after its opener or after its subject there? */
static int contrast_holding(const hd_coder *c, size_t i) {
  static const char *const contrast[] = {   /* بينما فيما في لكن لكنه لكنها الا غير */
    "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7", "\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7", "\xd9\x81\xd9\x8a",
    "\xd9\x84\xd9\x83\xd9\x86", "\xd9\x84\xd9\x83\xd9\x86\xd9\x87", "\xd9\x84\xd9\x83\xd9\x86\xd9\x87\xd8\xa7",
    "\xd8\xa7\xd9\x84\xd8\xa7", "\xd8\xba\xd9\x8a\xd8\xb1"};
  static const char *const two_words[] = {   /* في (حين) الا (أن) غير (أن) */
    "\xd9\x81\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xa7", "\xd8\xba\xd9\x8a\xd8\xb1"};
  const hd_clause *k = &c->clauses[c->clause_at[i]];
  if (k->kind != HD_CLAUSE_ADVERBIAL || i <= k->opener || !hd_tok_in(c, k->opener, contrast, HD_ARRAY_LEN(contrast))) return 0;
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  if (!text_in(w, n, holding_says, HD_ARRAY_LEN(holding_says)) &&
      !text_in(w, n, holding_affirms, HD_ARRAY_LEN(holding_affirms)) &&
      !text_in(w, n, holding_views, HD_ARRAY_LEN(holding_views)))
    return 0;
  /* (right after the opener, "في حين"، "إلا أن" and "غير أن" being two
  ** words; or after the subject: "لكن الحكومة التركية تؤكد") */
  size_t from = k->opener + 1;
  if (hd_tok_in(c, k->opener, two_words, HD_ARRAY_LEN(two_words))) from++;
  for (size_t j = from; j < i; j++) {
    if (c->actor_at[j] < 0) return 0;
    j = c->groups[c->actor_at[j]].tok_end - 1;
  }
  return 1;
}

/* Is token I an imperfect verb (يقصف، تقصف) after "قد": may happen.  A
** verb in تـ may also be the past of تفعّل and تفاعل ("وقد تحدث الملك"،
** "فقد تجمهر الآلاف"): it may happen when its form cannot be the past
** (تتـ، تستـ: "وقد تتعرض"، "قد تستخدم"), or when a bare قد follows its
** subject ("إن إسرائيل قد تقتل") and the verb does not end as a past one
** ("قد توصلا"، "قد تعرضوا"، "قد توغلت"; "قد تعرض" is "has been subjected
** to"). */
static int may_happen(const hd_coder *c, size_t anchor) {
  static const char *const qad[] = {"\xd9\x82\xd8\xaf"};   /* قد */
  static const char *const subjected[] = {"\xd8\xaa\xd8\xb9\xd8\xb1\xd8\xb6"};   /* تعرض */
  if (anchor == 0 || !hd_tok_in(c, anchor - 1, qad, 1)) return 0;
  const char *w = tok_text(c, &c->tokens[anchor]);
  size_t n = tok_len(&c->tokens[anchor]);
  if (n <= 4) return 0;
  if (!memcmp(w, "\xd9\x8a", 2)) return 1;                                    /* يـ */
  if (memcmp(w, "\xd8\xaa", 2)) return 0;                                     /* تـ */
  if (n > 6 && (!memcmp(w + 2, "\xd8\xaa", 2) || !memcmp(w + 2, "\xd8\xb3\xd8\xaa", 4))) return 1;   /* تتـ تستـ */
  return tok_len(&c->tokens[anchor - 1]) == 4 && !past_ending(c, anchor) && !hd_tok_in(c, anchor, subjected, 1);
}

static const char *const kana[] = {"\xd9\x83\xd8\xa7\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa",
                                   "\xd9\x83\xd8\xa7\xd9\x86\xd9\x88\xd8\xa7", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xa7",
                                   "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa\xd8\xa7"};   /* كان كانت كانوا كانا كانتا */

/* Does a form of كان stand before token FROM in the clause of ANCHOR,
** within REACH words?  An actor counts as one word and punctuation as
** none, and a relative clause or brackets that interrupt the clause do
** not count ("وكان الجيش، الذي صعد من جهوده ضد الشباب، قد قال"). */
static int kana_before(const hd_coder *c, size_t anchor, size_t from, size_t reach) {
  int cl = c->clause_at[anchor];
  for (size_t i = from, k = 0; i-- > 0 && k < reach;) {
    int sc = hd_scope(c, cl, i);
    if (sc == HD_NESTED) continue;
    if (sc != HD_IN_CLAUSE) return 0;
    if (c->tokens[i].kind == HD_TOK_PUNCT) continue;
    k++;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_start; continue; }
    if (hd_tok_in(c, i, kana, HD_ARRAY_LEN(kana))) return 1;
  }
  return 0;
}

/* Do a form of كان and an actor, its subject, stand right before token
** ANCHOR ("وكانت واشنطن فرضت")? */
static int kana_subject(const hd_coder *c, size_t anchor) {
  int g = anchor > 0 ? c->actor_at[anchor - 1] : -1;
  if (g < 0 || c->groups[g].tok_end != anchor || c->groups[g].tok_start == 0) return 0;
  size_t k = c->groups[g].tok_start - 1;
  return c->clause_at[k] == c->clause_at[anchor] && hd_tok_in(c, k, kana, HD_ARRAY_LEN(kana));
}

/* Does the clause of ANCHOR open with a form of كان (after و or ف), then
** its subject in one to three words with no verb or stop among them, an
** actor counting as one and commas as none, right before ANCHOR, a verb
** in the past ("وكان التنظيم المتطرف خطف 36 شخصا"، "وكان مسؤول أميركي
** كبير قال"، "وكانت وزيرة الخارجية الكورية الجنوبية كانغ كيونغ اكدت"،
** "وكانت ميليشيا الحوثي، صادرت")?  What had happened, as with an actor
** for its subject (kana_subject). */
static int kana_opening(const hd_coder *c, size_t anchor) {
  /* (not its predicate: "وكان هؤلاء أول من التقى"، "وكان آخر هجوم شهدته") */
  static const char *const predicate[] = {   /* من ما اول اخر */
    "\xd9\x85\xd9\x86", "\xd9\x85\xd8\xa7", "\xd8\xa7\xd9\x88\xd9\x84", "\xd8\xa7\xd8\xae\xd8\xb1"};
  size_t start = c->clauses[c->clause_at[anchor]].start;
  while (start < anchor && c->tokens[start].kind == HD_TOK_PUNCT) start++;
  if (start + 1 >= anchor || !hd_tok_in(c, start, kana, HD_ARRAY_LEN(kana))) return 0;
  size_t words = 0;
  for (size_t i = start + 1; i < anchor; i++) {
    if (c->clause_at[i] != c->clause_at[anchor]) return 0;
    if (c->tokens[i].kind == HD_TOK_PUNCT) { if (c->tokens[i].punct != ',') return 0; continue; }
    if (c->tokens[i].kind != HD_TOK_WORD || hd_is_verb(c, i) || hd_tok_in(c, i, predicate, HD_ARRAY_LEN(predicate)) || ++words > 3)
      return 0;
    if (c->actor_at[i] >= 0 && c->groups[c->actor_at[i]].tok_end <= anchor) i = c->groups[c->actor_at[i]].tok_end - 1;
  }
  return words > 0;
}

/* "وكانت القوات قد قصفت": a form of كان, then within twelve words قد
** right before the verb, tells what had happened before (a long title and
** a name may stand between: "وكان مدير سياسة التخطيط في الخارجية
** الأميركية بريان هوك، قد قال"). */
static int had_happened(const hd_coder *c, size_t anchor) {
  static const char *const qad[] = {"\xd9\x82\xd8\xaf"};   /* قد */
  if (anchor == 0 || !hd_tok_in(c, anchor - 1, qad, 1)) return 0;
  return kana_before(c, anchor, anchor - 1, 12);
}

/* Does clause CL tell history before token END, by a marker of it (سبق
** أن) or by كان ... قد, though nothing was coded there ("وكانت قوات الأمن
** قد أفشلت ... عملية")? */
static int told_as_history(const hd_coder *c, int cl, size_t end) {
  for (size_t i = c->clauses[cl].start; i < end && i < c->ntokens; i++) {
    if (c->clause_at[i] != cl) continue;
    if (hd_marker_here(c, i, HD_MARK_BACKGROUND) || (i + 1 < end && c->clause_at[i + 1] == cl && had_happened(c, i + 1)))
      return 1;
  }
  return 0;
}

/* Does clause CL tell, before token END, what had happened, with كان ...
** قد before a verb? */
static int pluperfect_before(const hd_coder *c, int cl, size_t end) {
  for (size_t i = c->clauses[cl].start; i < end && i < c->ntokens; i++)
    if (c->clause_at[i] == cl && i + 1 < end && c->clause_at[i + 1] == cl && had_happened(c, i + 1)) return 1;
  return 0;
}

/* Does clause CL tell what had happened, with كان ... قد before a verb? */
static int pluperfect_clause(const hd_coder *c, int cl) { return pluperfect_before(c, cl, c->clauses[cl].end); }

/* Does the year at token I open the sentence as its time, set apart by a
** comma: "وفي عام 1945، ..."، "وفي أكتوبر عام 2017، أي قبل ستة أشهر، ..."?
** It dates every clause of the sentence. */
static int opening_year(const hd_coder *c, size_t i) {
  static const char *const in[] = {"\xd9\x81\xd9\x8a", "\xd8\xb9\xd8\xa7\xd9\x85", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x85"};   /* في (وفي) عام العام */
  /* (a list's item opens with its dash: "- عام 1987، تم الاعتداء على") */
  size_t first = 0;
  while (first < i && c->tokens[first].kind == HD_TOK_PUNCT) first++;
  if (i > first + 4 || !hd_tok_in(c, first, in, HD_ARRAY_LEN(in))) return 0;
  size_t k = i + 1;
  while (k < c->ntokens && k <= i + 1 && c->tokens[k].kind == HD_TOK_WORD) k++;   /* ("2014 م") */
  return k < c->ntokens && c->tokens[k].kind == HD_TOK_PUNCT && (c->tokens[k].punct == ',' || c->tokens[k].punct == ':');
}

/* Is token I a year before Y, the article's, told as a time ("عام 2014"،
** "في 2015")?  A year within REACH words after منذ ("for the first time
** since 2016") or حتى is a span that reaches the news, not its date; a year before 1900 only
** after في، عام or سنة ("وفي 1783، اعترفت بريطانيا"; "إصابة 1100" is a
** count). */
static int past_year_at(const hd_coder *c, size_t i, int y, size_t reach) {
  static const char *const spans[] = {"\xd9\x85\xd9\x86\xd8\xb0", "\xd8\xad\xd8\xaa\xd9\x8a"};   /* منذ حتى */
  static const char *const in_year[] = {"\xd9\x81\xd9\x8a", "\xd8\xb9\xd8\xa7\xd9\x85", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x85",
                                        "\xd8\xb3\xd9\x86\xd9\x87"};   /* في عام العام سنه */
  const hd_token *t = &c->tokens[i];
  if (t->kind != HD_TOK_NUMBER || tok_len(t) != 4) return 0;
  int year = atoi(tok_text(c, t)), since = 0;
  for (size_t k = 1; k <= reach && k <= i && c->tokens[i - k].kind != HD_TOK_PUNCT; k++)
    since |= hd_tok_in(c, i - k, spans, HD_ARRAY_LEN(spans));
  /* (nor a year of a range: "الحرب الكورية 1950-1953") */
  int range = (i >= 2 && c->tokens[i - 1].kind == HD_TOK_PUNCT && c->tokens[i - 1].punct == '-' &&
               c->tokens[i - 2].kind == HD_TOK_NUMBER) ||
              (i + 2 < c->ntokens && c->tokens[i + 1].kind == HD_TOK_PUNCT && c->tokens[i + 1].punct == '-' &&
               c->tokens[i + 2].kind == HD_TOK_NUMBER);
  if (range) return 0;
  int old_year = year >= 1000 && year < 1900 && i > 0 && hd_tok_in(c, i - 1, in_year, HD_ARRAY_LEN(in_year));
  return (year >= 1900 || old_year) && year < y && !since;
}

/* Is token I a year before the article's, told as a time, and not within
** four words after منذ or حتى ("منذ بداية النزاع في 2011")? */
int hd_past_year_at(const hd_coder *c, size_t i) {
  if (c->ref == HD_NO_DAY) return 0;
  int y, mo, d;
  hd_day_to_ymd(c->ref, &y, &mo, &d);
  return past_year_at(c, i, y, 4);
}

/* "دخل جنوب السودان في حرب أهلية في أواخر 2013 عندما اتهم الرئيس ..."،
** "يعود التعاقد لعام 2010، حينما وقعت سوريا عقدا": a clause of when
** (عندما، حين، حينما، لما) tells what happened at the time named right
** before it.  Is there a year before Y there, within four words (a comma
** may stand between) before the clause that CL is or hangs from? */
static int year_before_when(const hd_coder *c, int cl, int y) {
  static const char *const when[] = {   /* عندما حين حينما لما */
    "\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7", "\xd8\xad\xd9\x8a\xd9\x86", "\xd8\xad\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
    "\xd9\x84\xd9\x85\xd8\xa7"};
  while (cl >= 0 && !(c->clauses[cl].kind == HD_CLAUSE_ADVERBIAL && hd_tok_in(c, c->clauses[cl].opener, when, HD_ARRAY_LEN(when))))
    cl = c->clauses[cl].parent;
  if (cl < 0) return 0;
  size_t start = c->clauses[cl].opener, words = 0;
  for (size_t i = start; i-- > 0 && words < 4;) {
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT) {
      if (t->punct != ',' || i + 1 != start) break;   /* (only the comma right before the clause) */
      continue;
    }
    words++;
    if (past_year_at(c, i, y, 2)) return 1;
  }
  return 0;
}

/* "الهجوم الدموي الذي استهدف بريطانيين في منتجع سياحي بتونس عام 2015"،
** "هجمات بروكسل التي وقعت عام 2016": the relative clause right after the
** noun of an event (ending at LAST; an adjective or a name may stand
** between) says when it happened.  Does it name a year before Y within
** its first YEAR_REACH words? */
static int year_in_relative(const hd_coder *c, size_t last, int y) {
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    if (cl->kind != HD_CLAUSE_RELATIVE || cl->opener <= last || hd_words_in(c, last, cl->opener) > 2) continue;
    size_t words = 0;
    for (size_t i = cl->opener + 1; i < c->ntokens && words < YEAR_REACH; i++) {
      if (c->clause_at[i] != (int)k) continue;
      if (c->tokens[i].kind != HD_TOK_PUNCT) words++;
      if (past_year_at(c, i, y, 2)) return 1;
    }
    return 0;
  }
  return 0;
}

/* Does the clause of ANCHOR name a year before the article's near the
** event's words ("عام 2014"، "في 2015") (past_year_at()), or does one open
** the sentence? */
static int earlier_year(const hd_coder *c, const hd_match *m) {
  static const char *const year[] = {"\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x85", "\xd8\xb9\xd8\xa7\xd9\x85",
                                     "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd9\x87"};   /* العام عام السنه */
  static const char *const past[] = {"\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd8\xb6\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xb5\xd8\xb1\xd9\x85",
                                     "\xd8\xa7\xd9\x84\xd9\x81\xd8\xa7\xd9\x8a\xd8\xaa"};   /* الماضي المنصرم الفايت */
  if (c->ref == HD_NO_DAY) return 0;
  int y, mo, d, cl = c->clause_at[m->anchor];
  hd_day_to_ymd(c->ref, &y, &mo, &d);
  /* a relative clause that names a year tells of its noun's past as a whole
  ** ("التونسي أنيس العامري، الذي ... اختطف شاحنة في ديسمبر 2016 ...") */
  int rel = cl;
  while (rel >= 0 && c->clauses[rel].kind != HD_CLAUSE_RELATIVE) rel = c->clauses[rel].parent;
  /* within YEAR_REACH words of the event's, an actor's name one word; for
  ** a relative clause, from a few words before it ("دعم عملية فجر ليبيا في
  ** عام 2014، والذي أدت إلى قتل العشرات") */
  size_t from = rel >= 0 ? hd_words_start(c, c->clauses[rel].start, 4) : hd_words_start(c, m->anchor, YEAR_REACH);
  /* a verb in the past joined by و to the clause before shares its time,
  ** unless that clause told news: "وسجن في 2011 ونفذ إضرابا عن الطعام" */
  int joined = -1;
  size_t n;
  if (c->clauses[cl].kind == HD_CLAUSE_COORD && c->clauses[cl].prev >= 0 && !m->noun && hd_is_verb(c, m->anchor) &&
      !imperfect_any(c, m->anchor) && hd_after_conj(c, m->anchor, &n) != tok_text(c, &c->tokens[m->anchor]) &&
      c->clauses[c->clauses[cl].prev].background == c->clauses[c->clauses[cl].prev].events)   /* (not after news) */
    joined = c->clauses[cl].prev;
  for (size_t i = 0; i <= 4 && i < c->ntokens; i++)
    if (c->tokens[i].kind == HD_TOK_NUMBER && tok_len(&c->tokens[i]) == 4 && opening_year(c, i)) {
      int year = atoi(tok_text(c, &c->tokens[i]));
      if (year >= 1000 && year < y) return 1;
    }
  for (size_t i = from; i < c->ntokens; i++) {
    if (i > m->last && hd_words_in(c, m->last, i) > YEAR_REACH) break;
    /* "في العام الماضي" */
    if (c->clause_at[i] == cl && i + 1 < c->ntokens && hd_tok_in(c, i, year, HD_ARRAY_LEN(year)) &&
        hd_tok_in(c, i + 1, past, HD_ARRAY_LEN(past)))
      return 1;
    if (rel < 0 && c->clause_at[i] != cl && c->clause_at[i] != joined) continue;
    if (past_year_at(c, i, y, 2)) return 1;
  }
  return 0;
}

/* The words of an approximate count: "أكثر من"، "نحو"، "ما يزيد عن". */
static const char *const about_words[] = {   /* نحو حوالي قرابه زهاء اكثر من ما يزيد عن يقارب */
  "\xd9\x86\xd8\xad\xd9\x88", "\xd8\xad\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a", "\xd9\x82\xd8\xb1\xd8\xa7\xd8\xa8\xd9\x87",
  "\xd8\xb2\xd9\x87\xd8\xa7\xd8\xa1", "\xd8\xa7\xd9\x83\xd8\xab\xd8\xb1", "\xd9\x85\xd9\x86", "\xd9\x85\xd8\xa7",
  "\xd9\x8a\xd8\xb2\xd9\x8a\xd8\xaf", "\xd8\xb9\xd9\x86", "\xd9\x8a\xd9\x82\xd8\xa7\xd8\xb1\xd8\xa8"};

/* Is token W a word of killing with the dead counted in hundreds or
** thousands, in words, right after it ("قتل المئات"، "مقتل عشرات الآلاف")?
** The dead, not the wounded nor a crowd: "قتل 60 وأصيب الآلاف"، "اعتقلت
** الشرطة المئات" are of a day. */
static int dead_in_hundreds(const hd_coder *c, size_t w) {
  static const char *const many[] = {   /* المئات الالاف مئات الاف عشرات ("عشرات الآلاف") */
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x84\xd8\xa7\xd9\x81",
    "\xd9\x85\xd9\x8a\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x81"};
  static const char *const tens[] = {"\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa"};   /* عشرات */
  static const char *const killed[] = {   /* قتل مقتل بحياه لمقتل قتلت قتلوا */
    "\xd9\x82\xd8\xaa\xd9\x84", "\xd9\x85\xd9\x82\xd8\xaa\xd9\x84", "\xd8\xa8\xd8\xad\xd9\x8a\xd8\xa7\xd9\x87",
    "\xd9\x84\xd9\x85\xd9\x82\xd8\xaa\xd9\x84", "\xd9\x82\xd8\xaa\xd9\x84\xd8\xaa", "\xd9\x82\xd8\xaa\xd9\x84\xd9\x88\xd8\xa7"};
  if (!hd_tok_in(c, w, killed, HD_ARRAY_LEN(killed))) return 0;
  size_t i = w + 1;
  while (i < c->ntokens && i <= w + 3 && hd_tok_in(c, i, about_words, HD_ARRAY_LEN(about_words))) i++;
  if (i < c->ntokens && hd_tok_in(c, i, tens, 1) && i + 1 < c->ntokens) i++;
  return i < c->ntokens && hd_tok_in(c, i, many, HD_ARRAY_LEN(many));
}

/* "وقتل المئات في حملة القصف"، "أسفر النزاع عن مقتل عشرات الآلاف"، "أودت
** بحياة مئات المدنيين": violence whose dead are counted in hundreds or
** thousands, in words, right after its own words, is a toll of a war or a
** campaign, not the news of a day (a day's attack is counted in figures:
** "أسفر عن مقتل 257 شخصا"). */
static int toll_in_hundreds(const hd_coder *c, const hd_match *m) {
  int r = root_of(m->p->code);
  if (r < 18 || r > 20) return 0;
  /* (the word of killing is the pattern's last, or its first when the
  ** count stands right after it: "وقتل المئات في حملة القصف") */
  return dead_in_hundreds(c, m->last) || (m->anchor != m->last && dead_in_hundreds(c, m->anchor));
}

/* "قتل 400 ألف شخص منذ بدء الحرب"، "تحاصرها القوات منذ 2013"، "شنت غارات
** خلال السنوات الماضية": violence told over a span of years or since a
** war began is a toll or a state of affairs, not one event; and so is any
** other act told since a span began ("ويقدم البنتاغون منذ عام 2015 دعما
** غير قتالي"، "ومنذ العام 2013، اعتبر الاتحاد الأوروبي أن").  "the
** deadliest day since 2014" is one: منذ after a superlative is only a
** comparison ("أرفع مسؤول كوري شمالي يزور الولايات المتحدة منذ 18 عاما"). */
static int over_a_span(const hd_coder *c, const hd_match *m) {
  static const char *const opens[] = {"\xd9\x85\xd9\x86\xd8\xb0", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84"};   /* منذ خلال */
  static const char *const spans[] = {   /* بدء بدايه اندلاع انطلاق سنوات اعوام عقود اشهر شهور عقد سنين عام and with ال */
    "\xd8\xa8\xd8\xaf\xd8\xa1", "\xd8\xa8\xd8\xaf\xd8\xa7\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x86\xd8\xaf\xd9\x84\xd8\xa7\xd8\xb9",
    "\xd8\xa7\xd9\x86\xd8\xb7\xd9\x84\xd8\xa7\xd9\x82", "\xd8\xb3\xd9\x86\xd9\x88\xd8\xa7\xd8\xaa", "\xd8\xa7\xd8\xb9\xd9\x88\xd8\xa7\xd9\x85",
    "\xd8\xb9\xd9\x82\xd9\x88\xd8\xaf", "\xd8\xa7\xd8\xb4\xd9\x87\xd8\xb1", "\xd8\xb4\xd9\x87\xd9\x88\xd8\xb1", "\xd8\xb9\xd9\x82\xd8\xaf",
    "\xd8\xb3\xd9\x86\xd9\x8a\xd9\x86", "\xd8\xb9\xd8\xa7\xd9\x85", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd9\x88\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb9\xd9\x88\xd8\xa7\xd9\x85", "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x82\xd9\x88\xd8\xaf", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb4\xd9\x87\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd8\xb4\xd9\x87\xd9\x88\xd8\xb1", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x82\xd8\xaf\xd9\x8a\xd9\x86", "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd8\xaa\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x85\xd9\x8a\xd9\x86",
    /* اسابيع الاسابيع اسبوعين شهرين ذلك ("منذ ذلك الحين") */
    "\xd8\xa7\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x8a\xd8\xb9", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x8a\xd8\xb9",
    "\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9\xd9\x8a\xd9\x86", "\xd8\xb4\xd9\x87\xd8\xb1\xd9\x8a\xd9\x86",
    "\xd8\xb0\xd9\x84\xd9\x83",
    /* the accusative after a count, and the dual: عاما عامين سنتين شهرا ("منذ نحو 20 عاما") */
    "\xd8\xb9\xd8\xa7\xd9\x85\xd8\xa7", "\xd8\xb9\xd8\xa7\xd9\x85\xd9\x8a\xd9\x86",
    "\xd8\xb3\xd9\x86\xd8\xaa\xd9\x8a\xd9\x86", "\xd8\xb4\xd9\x87\xd8\xb1\xd8\xa7",
    /* a century: قرن القرن ("منذ مطلع القرن الماضي") */
    "\xd9\x82\xd8\xb1\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x82\xd8\xb1\xd9\x86"};
  static const char *const most[] = {    /* superlatives: اوسع الاوسع اشرس الاشرس ادمي الادمي الاولي اولي الاكثر الاعنف الاسوا
                                    ** الاول اول الاكبر الاعلي اعلي اكبر اسوا اعنف الاشد اشد ارفع الارفع */
    "\xd8\xa7\xd9\x88\xd8\xb3\xd8\xb9", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd8\xb3\xd8\xb9",
    "\xd8\xa7\xd8\xb4\xd8\xb1\xd8\xb3", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb4\xd8\xb1\xd8\xb3", "\xd8\xa7\xd8\xaf\xd9\x85\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaf\xd9\x85\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a", "\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x83\xd8\xab\xd8\xb1", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb9\xd9\x86\xd9\x81",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd9\x88\xd8\xa7", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84", "\xd8\xa7\xd9\x88\xd9\x84",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x83\xd8\xa8\xd8\xb1", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x83\xd8\xa8\xd8\xb1", "\xd8\xa7\xd8\xb3\xd9\x88\xd8\xa7", "\xd8\xa7\xd8\xb9\xd9\x86\xd9\x81",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb4\xd8\xaf", "\xd8\xa7\xd8\xb4\xd8\xaf",
    "\xd8\xa7\xd8\xb1\xd9\x81\xd8\xb9", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb1\xd9\x81\xd8\xb9"};
  static const char *const decade[] = {"\xd8\xb9\xd9\x82\xd8\xaf"};   /* عقد */
  static const char *const in_a_row[] = {"\xd8\xa7\xd9\x84\xd8\xaa\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a"};   /* التوالي */
  static const char *const continuing[] = {   /* مستمر مستمره المستمر المستمره المستمرين الداير الدايره المستعر المستعره القايم القايمه المحتجز المحتجزه المحتجزين الممتد الممتده المتواصل المتواصله مسبوق مسبوقه مسبوقا تشهده تشهدها يشهده يشهدها */
    "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1", "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd8\xaf\xd8\xa7\xd9\x8a\xd8\xb1", "\xd8\xa7\xd9\x84\xd8\xaf\xd8\xa7\xd9\x8a\xd8\xb1\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd8\xb9\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd8\xb9\xd8\xb1\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd9\x8a\xd9\x85", "\xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd9\x8a\xd9\x85\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xad\xd8\xaa\xd8\xac\xd8\xb2\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x85\xd8\xaa\xd8\xaf", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x85\xd8\xaa\xd8\xaf\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84\xd9\x87",
    "\xd9\x85\xd8\xb3\xd8\xa8\xd9\x88\xd9\x82", "\xd9\x85\xd8\xb3\xd8\xa8\xd9\x88\xd9\x82\xd9\x87",
    "\xd9\x85\xd8\xb3\xd8\xa8\xd9\x88\xd9\x82\xd8\xa7", "\xd8\xaa\xd8\xb4\xd9\x87\xd8\xaf\xd9\x87",
    "\xd8\xaa\xd8\xb4\xd9\x87\xd8\xaf\xd9\x87\xd8\xa7", "\xd9\x8a\xd8\xb4\xd9\x87\xd8\xaf\xd9\x87",
    "\xd9\x8a\xd8\xb4\xd9\x87\xd8\xaf\xd9\x87\xd8\xa7"};

  int r = root_of(m->p->code), cl = c->clause_at[m->anchor];
  if (r > 20) return 0;
  /* "منذ 30 آذار/مارس": a span that began a week or more before the article */
  if (m->since != HD_NO_DAY && c->ref != HD_NO_DAY && m->since + SPAN_DAYS <= c->ref) return 1;
  size_t from = m->anchor > YEAR_REACH ? m->anchor - YEAR_REACH : 0, to = m->last + YEAR_REACH;
  /* "وقتل الجيش في هذه التظاهرات 148 فلسطينيا"، "أصيب نحو خمسة آلاف
  ** فلسطيني ... في هذه التظاهرات"، "خلال تلك الاحتجاجات": violence told
  ** in protests named as a series with هذه or تلك is their toll, not one
  ** day's (not "في هذه الهجمات"، "في هذه المواجهات", mostly the day's) */
  static const char *const these[] = {"\xd9\x87\xd8\xb0\xd9\x87", "\xd8\xaa\xd9\x84\xd9\x83"};   /* هذه تلك */
  static const char *const protests[] = {   /* التظاهرات المظاهرات الاحتجاجات المسيرات */
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xad\xd8\xaa\xd8\xac\xd8\xa7\xd8\xac\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa7\xd8\xaa"};
  if (r >= 18)
    for (size_t i = from; i + 1 < c->ntokens && i <= to; i++)
      if (c->clause_at[i] == cl && hd_tok_in(c, i, these, HD_ARRAY_LEN(these)) &&
          hd_tok_in(c, i + 1, protests, HD_ARRAY_LEN(protests)))
        return 1;
  /* (what is not violence only since, منذ: "ومنذ العام 2013، اعتبر
  ** الاتحاد الأوروبي أن"، "وتعطلت محادثات السلام منذ 2014"; خلال may tell
  ** the span of what is agreed: "في اجتماعات أخرى خلال عام 2018") */
  size_t nopens = r >= 15 ? HD_ARRAY_LEN(opens) : 1;
  for (size_t i = from; i + 1 < c->ntokens && i <= to; i++) {
    if (c->clause_at[i] != cl || !hd_tok_in(c, i, opens, nopens)) continue;
    /* (a span a noun has lasted, or has not been seen in, is the noun's,
    ** not a verb's: "وصل ... لإنهاء الخلاف بين البلدين المستمر منذ نحو
    ** 20 عاما"، "وشهد الأردن احتجاجات لم تشهدها المملكة منذ سنوات"، "في خطوة
    ** غير مسبوقة منذ 4 عقود، خرج تجار"; but "احتجاجات مستمرة منذ عامين"
    ** are the protests' own span) */
    int held = 0;
    for (size_t k = 1; k <= 3 && k <= i && !held && !m->noun && hd_is_verb(c, m->anchor); k++)
      held = hd_tok_in(c, i - k, continuing, HD_ARRAY_LEN(continuing));
    /* (nor is a span whose days are counted up to this one: "وتظاهر
    ** المئات لليوم السادس على التوالي منذ انطلاق الاحتجاجات") */
    for (size_t k = c->clauses[cl].start; k < i && !held; k++) held = hd_tok_in(c, k, in_a_row, 1);
    if (held) continue;
    int span = 0;
    /* (two words on, or past a count: "منذ أكثر من سبع سنوات"; a decade,
    ** عقد, right after it or a count, as "عقد" two words on is mostly
    ** "held": "خلال اجتماع عقد في بكين") */
    int counted = 1;
    for (size_t k = i + 1; k <= i + 4 && k < c->ntokens && !span && (k <= i + 2 || counted); k++) {
      const hd_token *t = &c->tokens[k];
      span = hd_tok_in(c, k, spans, HD_ARRAY_LEN(spans)) ||
             (hd_tok_in(c, i, opens, 1) && t->kind == HD_TOK_NUMBER && tok_len(t) == 4);
      if (span && k > i + 1 && !counted && hd_tok_in(c, k, decade, 1)) span = 0;
      counted = counted && (hd_tok_in(c, k, about_words, HD_ARRAY_LEN(about_words)) || hd_is_count(c, k));
    }
    int compared = 0;
    for (size_t k = 1; k <= 12 && k <= i && c->clause_at[i - k] == cl; k++)
      compared |= hd_tok_in(c, i - k, most, HD_ARRAY_LEN(most));
    if (span && !compared) return 1;
  }
  /* "قتل أكثر من 1700 شخص وأصيب الآلاف منذ أن شنت الحكومة هجوما"، "منذ
  ** كثفت الحكومة عملياتها"، "بجروح منذ بداية الموجة": violence counted
  ** since something happened, or since a span began, named after its words
  ** with no stop between (past the verbs coordinated with it, into the
  ** clause منذ opens), is a toll of what followed, not one event.  (Not
  ** arrests: "واعتقلت الشرطة 20 فلسطينيا منذ مقتل جندي" are the news of
  ** the days since.) */
  static const char *const that[] = {"\xd8\xa7\xd9\x86"};   /* ان */
  static const char *const time[] = {"\xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd9\x87", "\xd9\x85\xd8\xb1\xd9\x87"};   /* المره مره */
  for (size_t i = m->last + 1; r >= 18 && i + 1 < c->ntokens && hd_words_in(c, m->last + 1, i + 1) <= YEAR_REACH; i++) {
    const hd_token *t = &c->tokens[i];
    /* (a comma right after the event's subject sets off what follows it:
    ** "واختطفت ميليشيات الحوثي، منذ انقلابها على السلطة، الآلاف") */
    if (t->kind == HD_TOK_PUNCT && t->punct == ',' && i > 0 && c->actor_at[i - 1] >= 0 && i + 1 < c->ntokens &&
        hd_tok_in(c, i + 1, opens, 1))
      continue;
    if (t->kind == HD_TOK_PUNCT && !is_transparent(t)) break;
    if (!hd_tok_in(c, i, opens, 1)) continue;
    if (m->since_recent) break;
    /* (أن, a verb, a word of a span, or a word and who did it: "منذ كثفت
    ** الحكومة"، "منذ سيطرة التنظيم"، "منذ انقلابها") */
    int begun = i + 2 < c->ntokens && c->tokens[i + 1].kind == HD_TOK_WORD && c->actor_at[i + 1] < 0 &&
                ((c->actor_at[i + 2] >= 0 && c->groups[c->actor_at[i + 2]].tok_start == i + 2) ||
                 /* (or with its pronoun: "منذ انقلابها"، "منذ توليه") */
                 (hd_reading_with(c, i + 1, HD_CL_SUFFIX) && !hd_tok_in(c, i + 1, spans, HD_ARRAY_LEN(spans))));
    if (!begun && !hd_tok_in(c, i + 1, that, 1) && !hd_past_verb(c, i + 1) && !hd_tok_in(c, i + 1, spans, HD_ARRAY_LEN(spans)))
      break;
    /* (of the event's clause, of a verb coordinated with it, or opening a
    ** clause of its own; not of a relative clause or another verb's:
    ** "التي تسيطر على عفرين منذ أعوام"، "مما يرفع إجمالي القتلى منذ") */
    int k = c->clause_at[i];
    while (k >= 0 && k != cl &&
           (c->clauses[k].kind == HD_CLAUSE_COORD || (c->clauses[k].kind == HD_CLAUSE_ADVERBIAL && c->clauses[k].opener == i)))
      k = c->clauses[k].parent;
    if (k != cl) break;
    /* (nor after a superlative or "the first time" anywhere before it: "من
    ** أكبر الهجمات التي يشنها التنظيم منذ أشهر"، "المرة الثالثة التي
    ** تعتدي فيها الميليشيا ... منذ") */
    for (size_t j = i; j-- > 0 && (c->tokens[j].kind != HD_TOK_PUNCT || is_transparent(&c->tokens[j]));)
      if (hd_tok_in(c, j, most, HD_ARRAY_LEN(most)) || hd_tok_in(c, j, time, HD_ARRAY_LEN(time))) return 0;
    return 1;
  }
  return 0;
}

/* Does the comma at token I close a name or a time set off after an
** actor ("تعهد وزير الداخلية الإيطالي، ماتيو سالفيني، بطرد"، "اتهمت
** بريطانيا، الأربعاء، أجهزة المخابرات الروسية بشن"): one to four words
** and no other stop back to a comma right after an actor's words?
** Returns that comma's token, else 0. */
static size_t name_set_off(const hd_coder *c, size_t i) {
  if (c->tokens[i].kind != HD_TOK_PUNCT || c->tokens[i].punct != ',') return 0;
  for (size_t j = i, words = 0; j-- > 0 && words <= 4;) {
    const hd_token *t = &c->tokens[j];
    if (t->kind == HD_TOK_PUNCT && t->punct == ',')
      return words >= 1 && j > 0 && c->actor_at[j - 1] >= 0 ? j : 0;
    if (t->kind == HD_TOK_PUNCT) return 0;
    words++;
  }
  return 0;
}

/* Does the answer marker at token I stand at the head of clause CL, with
** only the word that opens the clause before it ("وردا على"، "لكن ردا على")? */
static int answer_heads(const hd_coder *c, int cl, size_t i) {
  const hd_clause *k = &c->clauses[cl];
  return i == k->start || (i == k->start + 1 && k->kind != HD_CLAUSE_MAIN && k->opener == k->start);
}

/* The realis marker nearest before ANCHOR in its clause, within
** REALIS_REACH words (actors, and a name set off after one, do not
** count), or NULL. */
static const hd_marker *local_marker(const hd_coder *c, size_t anchor, hd_realis *r, size_t *at) {
  int cl = c->clause_at[anchor], gap = 0;
  for (size_t i = anchor; i-- > 0;) {
    int sc = hd_scope(c, cl, i);
    if (sc == HD_NESTED) continue;
    if (sc != HD_IN_CLAUSE) break;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_start; continue; }
    const hd_token *t = &c->tokens[i];
    size_t open = name_set_off(c, i);
    if (open) { i = open; continue; }
    if (t->kind == HD_TOK_PUNCT && !is_transparent(t)) break;   /* "استعدادا للحسم، بعد عمليات الاختطاف" */
    const hd_marker *mk = realis_marker_at(c, i, r);
    /* (what a deed answers, named at the head of its clause, is only the
    ** word right after it: what follows is the answer, "وردا على ذلك قال
    ** برينان"، "لكن ردا على سؤال في مؤتمر صحفي رفض الحاكم") */
    if (mk && mk->kind == HD_MARK_ANSWER && i + mk->nwords != anchor && answer_heads(c, cl, i)) mk = NULL;
    if (mk) { *at = i; return mk; }
    if (!is_transparent(t) && ++gap > REALIS_REACH) break;
  }
  return NULL;
}

/* The token where the word of answering (ردا على) that governs the event
** at ANCHOR starts, the deed answered; -1 when none does. */
long hd_answered_by(const hd_coder *c, size_t anchor) {
  hd_realis r;
  size_t at;
  const hd_marker *mk = local_marker(c, anchor, &r, &at);
  if (mk) return mk->kind == HD_MARK_ANSWER ? (long)at : -1;
  /* (and what a relative clause tells of the deed answered: "ردا على
  ** الهجوم الذي أسفر عن مقتل العشرات") */
  const hd_clause *k = &c->clauses[c->clause_at[anchor]];
  if (k->kind != HD_CLAUSE_RELATIVE || k->opener == 0) return -1;
  mk = local_marker(c, k->opener - 1, &r, &at);
  return mk && mk->kind == HD_MARK_ANSWER ? (long)at : -1;
}

/* The background marker whose last word is right before token END (a
** comma between), or NULL; AT is where it starts. */
static const hd_marker *background_ending_at(const hd_coder *c, size_t end, size_t *at) {
  hd_realis r;
  if (end > 0 && c->tokens[end - 1].kind == HD_TOK_PUNCT && c->tokens[end - 1].punct == ',') end--;
  for (size_t i = end, back = 0; i-- > 0 && back < HD_PHRASE_WORDS; back++) {
    const hd_marker *mk = realis_marker_at(c, i, &r);
    if (mk && r == HD_REALIS_BACKGROUND && mk->kind != HD_MARK_ANSWER && i + mk->nwords == end) { *at = i; return mk; }
  }
  return NULL;
}

/* The realis marker of one of KINDS (a mask of 1 << hd_realis) that stands
** after an event, in its clause: from token FROM, within three words past
** its own (actors do not count), or NULL. */
static const hd_marker *marker_after(const hd_coder *c, const hd_match *m, size_t from, unsigned kinds, hd_realis *r,
                                     size_t *at) {
  int cl = c->clause_at[m->anchor];
  for (size_t i = from, k = 0; i < c->ntokens && k < 3; i++) {
    /* (a time past set off by a comma right after an actor, opening right
    ** after it: "وأكد متحدث باسم البنتاغون، في وقت سابق من هذا الشهر، أن";
    ** not "زار الأمير بندر بن سلطان، السفير السعودي سابقا") */
    if (kinds == 1u << HD_REALIS_BACKGROUND && c->clause_at[i] == cl && c->tokens[i].kind == HD_TOK_PUNCT &&
        c->tokens[i].punct == ',' && i > from && c->actor_at[i - 1] >= 0 && i + 1 < c->ntokens) {
      const hd_marker *mk = realis_marker_at(c, i + 1, r);
      if (mk && *r == HD_REALIS_BACKGROUND && mk->kind != HD_MARK_ANSWER) { *at = i + 1; return mk; }
      break;
    }
    if (c->clause_at[i] != cl || c->tokens[i].kind != HD_TOK_WORD) break;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_end - 1; continue; }
    const hd_marker *mk = realis_marker_at(c, i, r);
    /* (what came weeks before, "بعد أسابيع من", is what follows it, not
    ** the news before it: "وقعت الحكومة والمتمردون اتفاقا بعد أشهر من
    ** المفاوضات") */
    if (mk && *r == HD_REALIS_BACKGROUND && hd_tok_is(c, i, "\xd8\xa8\xd8\xb9\xd8\xaf")) mk = NULL;   /* بعد */
    /* (nor what a deed answers, "قال ردا على سؤال": the deed after it;
    ** here and after a comma) */
    if (mk && mk->kind == HD_MARK_ANSWER) mk = NULL;
    if (mk && ((kinds >> *r) & 1)) { *at = i; return mk; }
    if (i > m->last) k++;
  }
  return NULL;
}

/* "أعلن أن لقاءه مع كيم جونغ أون سيتم في أيار"، "إن القمة بين الزعيمين
** ستعقد في سنغافورة"، "إن لقاءه المرتقب مع كيم قد يفشل": the noun that
** opens the words a verb governs, their subject, is what its predicate
** says of it.  The first word after the noun's words, past names (and a
** comma after one), words with the article and مع or بين, tells it: a verb
** in the future or a planned word ("سيتم"، "سيمثل"، "المرتقب") is to come;
** قد and an imperfect verb, or قد لا, may be.  Returns 1 and sets *R and
** WHY when that word says so. */
static int predicate_realis(const hd_coder *c, const hd_match *m, hd_realis *r, hd_realis_why *why) {
  static const char *const joins[] = {"\xd9\x85\xd8\xb9", "\xd8\xa8\xd9\x8a\xd9\x86"};   /* مع بين */
  const unsigned to_come = 1u << HD_REALIS_PLANNED | 1u << HD_REALIS_HYPOTHETICAL;
  size_t anchor = m->anchor;
  int cl = c->clause_at[anchor];
  const hd_clause *k = &c->clauses[cl];
  if (m->implied || hd_is_verb(c, anchor) || k->kind != HD_CLAUSE_COMPLEMENT || anchor != (size_t)k->opener + 1) return 0;
  for (size_t i = m->last + 1, words = 0; i < c->ntokens && words <= REALIS_REACH; i++, words++) {
    if (c->clause_at[i] != cl) break;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_end - 1; continue; }
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct == ',' && i > 0 && c->actor_at[i - 1] >= 0) continue;
    if (c->tokens[i].kind != HD_TOK_WORD) break;
    /* (a first name the dictionaries do not know: "دونالد ترامب") */
    if (c->tokens[i].nana == 0 && i + 1 < c->ntokens && c->actor_at[i + 1] >= 0) continue;
    hd_realis kind;
    const hd_marker *mk = realis_marker_at(c, i, &kind);
    if (mk && ((to_come >> kind) & 1) && mk->nwords == 1) {
      why->marker = mk; why->token = i;
      *r = kind;
      return 1;
    }
    if (hd_tok_in(c, i, joins, HD_ARRAY_LEN(joins)) || hd_reading_with(c, i, HD_CL_ARTICLE)) continue;
    if (future_verb(c, i)) {
      why->rule = "the noun that opens words told in the future"; why->token = i;
      *r = HD_REALIS_PLANNED;
      return 1;
    }
    if (i + 1 < c->ntokens && (may_happen(c, i + 1) || (hd_tok_is(c, i, "\xd9\x82\xd8\xaf") &&
                                                       hd_tok_is(c, i + 1, "\xd9\x84\xd8\xa7")))) {   /* قد لا */
      why->rule = "the noun that opens words told with قد and an imperfect verb"; why->token = i;
      *r = HD_REALIS_HYPOTHETICAL;
      return 1;
    }
    return 0;
  }
  return 0;
}

/* "يعد الاتحاد الأوروبي قانونا لفرض رسوم"، "تجنيد أطفال لشن هجمات"،
** "نظام متقدم لاعتراض الصواريخ"، "ذريعة لشن عمليات عسكرية": the verbal
** noun of an act with the ل of purpose (لشن، لفرض، لإطلاق، لقتل، لطرد،
** لعقد...), right after a noun (not a verb, an actor or a number), says
** what that noun is for, not what happened.  Not after a verb of using
** ("استخدم الطائرات لقصف"، "المقاتلات المستخدمة لشن الغارات": the use was
** the event), of undergoing ("تعرضت قواعد محصنة في 14 أبريل لهجوم"), of
** repelling ("تتصدى لهجوم") or of driving to ("الأسباب التي دفعت الولايات
** المتحدة وحلفاءها لشن ضربات"); nor the ل of "of" or "for" on the noun of an
** event itself ("صور لزيارة ترامب"، "نتيجة لانفجار"): those nouns are not
** listed.  Returns the token of the noun before it, or -1. */
static long purpose_of_noun(const hd_coder *c, const hd_match *m) {
  static const char *const acts[] = {   /* لشن لفرض لاطلاق لقتل لطرد لاعتراض لعقد لحث لحض لاستهداف لتنفيذ لتفجير لاختطاف لخطف لاغتيال لقطع لنشر لمهاجمه لمحاربه */
    "\xd9\x84\xd8\xb4\xd9\x86", "\xd9\x84\xd9\x81\xd8\xb1\xd8\xb6",
    "\xd9\x84\xd8\xa7\xd8\xb7\xd9\x84\xd8\xa7\xd9\x82", "\xd9\x84\xd9\x82\xd8\xaa\xd9\x84",
    "\xd9\x84\xd8\xb7\xd8\xb1\xd8\xaf", "\xd9\x84\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb1\xd8\xa7\xd8\xb6",
    "\xd9\x84\xd8\xb9\xd9\x82\xd8\xaf", "\xd9\x84\xd8\xad\xd8\xab", "\xd9\x84\xd8\xad\xd8\xb6",
    "\xd9\x84\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87\xd8\xaf\xd8\xa7\xd9\x81",
    "\xd9\x84\xd8\xaa\xd9\x86\xd9\x81\xd9\x8a\xd8\xb0", "\xd9\x84\xd8\xaa\xd9\x81\xd8\xac\xd9\x8a\xd8\xb1",
    "\xd9\x84\xd8\xa7\xd8\xae\xd8\xaa\xd8\xb7\xd8\xa7\xd9\x81", "\xd9\x84\xd8\xae\xd8\xb7\xd9\x81",
    "\xd9\x84\xd8\xa7\xd8\xba\xd8\xaa\xd9\x8a\xd8\xa7\xd9\x84", "\xd9\x84\xd9\x82\xd8\xb7\xd8\xb9",
    "\xd9\x84\xd9\x86\xd8\xb4\xd8\xb1", "\xd9\x84\xd9\x85\xd9\x87\xd8\xa7\xd8\xac\xd9\x85\xd9\x87",
    "\xd9\x84\xd9\x85\xd8\xad\xd8\xa7\xd8\xb1\xd8\xa8\xd9\x87"};
  /* ("اجتماع استثنائي يضم الإمارات والكويت والأردن الأحد في مكة لبحث سبل
  ** دعم الأردن": what a meeting is for; the meeting is its own words) */
  static const char *const talks[] = {"\xd9\x84\xd8\xa8\xd8\xad\xd8\xab", "\xd9\x84\xd9\x85\xd9\x86\xd8\xa7\xd9\x82\xd8\xb4\xd9\x87"};   /* لبحث لمناقشه */
  static const char *const not_after[] = {   /* استخدم استخدمت استخدموا استعمل استعملت المستخدمه المستخدم مستخدما مستخدمه تعرض تعرضت تعرضوا يتعرض تتعرض تصدي تصدت يتصدي تتصدي التصدي دفع دفعت دفعه دفعها دفعتها دفعتهم */
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85", "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85\xd8\xaa",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85\xd9\x88\xd8\xa7",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xb9\xd9\x85\xd9\x84", "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xb9\xd9\x85\xd9\x84\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85",
    "\xd9\x85\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85\xd8\xa7",
    "\xd9\x85\xd8\xb3\xd8\xaa\xd8\xae\xd8\xaf\xd9\x85\xd9\x87", "\xd8\xaa\xd8\xb9\xd8\xb1\xd8\xb6",
    "\xd8\xaa\xd8\xb9\xd8\xb1\xd8\xb6\xd8\xaa", "\xd8\xaa\xd8\xb9\xd8\xb1\xd8\xb6\xd9\x88\xd8\xa7",
    "\xd9\x8a\xd8\xaa\xd8\xb9\xd8\xb1\xd8\xb6", "\xd8\xaa\xd8\xaa\xd8\xb9\xd8\xb1\xd8\xb6",
    "\xd8\xaa\xd8\xb5\xd8\xaf\xd9\x8a", "\xd8\xaa\xd8\xb5\xd8\xaf\xd8\xaa",
    "\xd9\x8a\xd8\xaa\xd8\xb5\xd8\xaf\xd9\x8a", "\xd8\xaa\xd8\xaa\xd8\xb5\xd8\xaf\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb5\xd8\xaf\xd9\x8a", "\xd8\xaf\xd9\x81\xd8\xb9",
    "\xd8\xaf\xd9\x81\xd8\xb9\xd8\xaa", "\xd8\xaf\xd9\x81\xd8\xb9\xd9\x87",
    "\xd8\xaf\xd9\x81\xd8\xb9\xd9\x87\xd8\xa7", "\xd8\xaf\xd9\x81\xd8\xb9\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd8\xaf\xd9\x81\xd8\xb9\xd8\xaa\xd9\x87\xd9\x85"};
  size_t a = m->anchor;
  if (m->implied || a == 0) return -1;
  int talk = hd_tok_in(c, a, talks, HD_ARRAY_LEN(talks));
  if (!talk && !hd_tok_in(c, a, acts, HD_ARRAY_LEN(acts))) return -1;
  size_t b = a - 1;
  /* (talks are what a meeting is for also after the sides it brings
  ** together, named after يضم: "اجتماع رباعي ... يضم السعودية والإمارات
  ** والكويت والأردن لبحث سبل") */
  static const char *const brings[] = {"\xd9\x8a\xd8\xb6\xd9\x85", "\xd8\xaa\xd8\xb6\xd9\x85"};   /* يضم تضم */
  int members = 0;
  if (c->actor_at[b] >= 0 && talk) {
    size_t g = c->groups[c->actor_at[b]].tok_start;
    members = g > 0 && hd_tok_in(c, g - 1, brings, HD_ARRAY_LEN(brings));
  }
  if (c->tokens[b].kind != HD_TOK_WORD || (c->actor_at[b] >= 0 && !members) || hd_is_verb(c, b) ||
      c->clause_at[b] != c->clause_at[a])
    return -1;
  for (size_t k = b + 1, words = 0; k-- > 0 && words < 6 && c->clause_at[k] == c->clause_at[a]; words++)
    if (hd_tok_in(c, k, not_after, HD_ARRAY_LEN(not_after))) return -1;
  return (long)b;
}

/* Does a word of what words or an inquiry are about stand right before
** token I: بشأن، حول، حيال، قضية، ملف، حادثة، ملابسات، تفاصيل، تداعيات،
** مناقشة، بحث, or في after a word of inquiry ("التحقيق في")? */
static int topic_before(const hd_coder *c, size_t i) {
  static const char *const about[] = {   /* بشان حول حيال قضيه بقضيه ملف بملف حادثه ملابسات بملابسات تفاصيل تداعيات مناقشه لمناقشه بحث لبحث */
    "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86", "\xd8\xad\xd9\x88\xd9\x84", "\xd8\xad\xd9\x8a\xd8\xa7\xd9\x84",
    "\xd9\x82\xd8\xb6\xd9\x8a\xd9\x87", "\xd8\xa8\xd9\x82\xd8\xb6\xd9\x8a\xd9\x87", "\xd9\x85\xd9\x84\xd9\x81",
    "\xd8\xa8\xd9\x85\xd9\x84\xd9\x81", "\xd8\xad\xd8\xa7\xd8\xaf\xd8\xab\xd9\x87",
    "\xd9\x85\xd9\x84\xd8\xa7\xd8\xa8\xd8\xb3\xd8\xa7\xd8\xaa", "\xd8\xa8\xd9\x85\xd9\x84\xd8\xa7\xd8\xa8\xd8\xb3\xd8\xa7\xd8\xaa",
    "\xd8\xaa\xd9\x81\xd8\xa7\xd8\xb5\xd9\x8a\xd9\x84", "\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xb9\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd9\x86\xd8\xa7\xd9\x82\xd8\xb4\xd9\x87", "\xd9\x84\xd9\x85\xd9\x86\xd8\xa7\xd9\x82\xd8\xb4\xd9\x87",
    "\xd8\xa8\xd8\xad\xd8\xab", "\xd9\x84\xd8\xa8\xd8\xad\xd8\xab"};
  static const char *const inquiry[] = {   /* تحقيق التحقيق للتحقيق تحقيقا تحقيقات التحقيقات يحقق تحقق */
    "\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82", "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82",
    "\xd9\x84\xd9\x84\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82", "\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82\xd8\xa7",
    "\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82\xd8\xa7\xd8\xaa",
    "\xd9\x8a\xd8\xad\xd9\x82\xd9\x82", "\xd8\xaa\xd8\xad\xd9\x82\xd9\x82"};
  static const char *const in[] = {"\xd9\x81\xd9\x8a"};   /* في */
  if (i == 0 || c->tokens[i - 1].kind != HD_TOK_WORD || c->actor_at[i - 1] >= 0) return 0;
  if (hd_tok_in(c, i - 1, about, HD_ARRAY_LEN(about))) return 1;
  return i > 1 && hd_tok_in(c, i - 1, in, 1) && c->tokens[i - 2].kind == HD_TOK_WORD && hd_tok_in(c, i - 2, inquiry, HD_ARRAY_LEN(inquiry));
}

/* "أعدمت تكساس رجلا أدين بإطلاق النار على حفلة"، "الجندي المدان بقتل
** فلسطيني جريح"، "إدانة عراقي بتفجير مترو لندن": what one is convicted of
** was done before the verdict or the sentence the news tells.  The act is
** named with ب right after the word of conviction (and the convicted),
** or after a noun of doing there ("أدينوا بتنفيذ هجمات"، "بالمشاركة في
** مواجهات"); "أدين بشدة الهجوم" (I condemn) names no conviction.  Returns
** the word of conviction, or -1. */
static long convicted_of(const hd_coder *c, size_t anchor) {
  static const char *const convicted[] = {   /* ادين ادينت ادينوا ادينا المدان المدانه المدانين المدانون مدان مدانا مدانه مدانين مدانون ادانته ادانتها ادانتهم ادانتهما لادانته لادانتها لادانتهم بادانته بادانتها بادانتهم ادانه */
    "\xd8\xa7\xd8\xaf\xd9\x8a\xd9\x86", "\xd8\xa7\xd8\xaf\xd9\x8a\xd9\x86\xd8\xaa",
    "\xd8\xa7\xd8\xaf\xd9\x8a\xd9\x86\xd9\x88\xd8\xa7", "\xd8\xa7\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa7",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd9\x88\xd9\x86", "\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86",
    "\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd8\xa7", "\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd9\x87",
    "\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd9\x8a\xd9\x86", "\xd9\x85\xd8\xaf\xd8\xa7\xd9\x86\xd9\x88\xd9\x86",
    "\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87", "\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd9\x85",
    "\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd9\x85\xd8\xa7",
    "\xd9\x84\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87",
    "\xd9\x84\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd9\x84\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd9\x85",
    "\xd8\xa8\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87",
    "\xd8\xa8\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd8\xa8\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa\xd9\x87\xd9\x85", "\xd8\xa7\xd8\xaf\xd8\xa7\xd9\x86\xd9\x87"};
  static const char *const doing[] = {   /* بتنفيذ بارتكاب بالمشاركه بمحاوله بالتورط بالتخطيط بالضلوع بضلوعه بضلوعها بالتامر */
    "\xd8\xa8\xd8\xaa\xd9\x86\xd9\x81\xd9\x8a\xd8\xb0", "\xd8\xa8\xd8\xa7\xd8\xb1\xd8\xaa\xd9\x83\xd8\xa7\xd8\xa8",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd9\x85\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83\xd9\x87",
    "\xd8\xa8\xd9\x85\xd8\xad\xd8\xa7\xd9\x88\xd9\x84\xd9\x87",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xaa\xd9\x88\xd8\xb1\xd8\xb7",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xaa\xd8\xae\xd8\xb7\xd9\x8a\xd8\xb7",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb6\xd9\x84\xd9\x88\xd8\xb9", "\xd8\xa8\xd8\xb6\xd9\x84\xd9\x88\xd8\xb9\xd9\x87",
    "\xd8\xa8\xd8\xb6\xd9\x84\xd9\x88\xd8\xb9\xd9\x87\xd8\xa7",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x85\xd8\xb1"};
  size_t i = anchor;
  /* (a noun of doing before the act, and في after it: "بالمشاركة في مواجهات") */
  if (i >= 2 && hd_tok_is(c, i - 1, "\xd9\x81\xd9\x8a") && hd_tok_in(c, i - 2, doing, HD_ARRAY_LEN(doing))) i -= 2;
  else if (i >= 1 && hd_tok_in(c, i - 1, doing, HD_ARRAY_LEN(doing))) i -= 1;
  else if (!hd_reading_with(c, anchor, HD_CL_IN)) return -1;
  /* (the convicted named between: "إدانة عراقي بتفجير") */
  if (i > 0 && c->actor_at[i - 1] >= 0) i = c->groups[c->actor_at[i - 1]].tok_start;
  if (i == 0 || c->tokens[i - 1].kind != HD_TOK_WORD || !hd_tok_in(c, i - 1, convicted, HD_ARRAY_LEN(convicted))) return -1;
  return (long)(i - 1);
}

/* "ومؤخرا، اتهمت تركيا إيران"، "وفي وقت سابق من هذا العام، قال": a
** background marker that opens the sentence, set off by a comma, tells
** all of it as history, as a year that opens it dates all of it.  Returns
** the marker and sets *AT, or NULL. */
static const hd_marker *opening_background(const hd_coder *c, size_t *at) {
  size_t i = 0;
  while (i < c->ntokens && c->tokens[i].kind == HD_TOK_PUNCT) i++;
  hd_realis r;
  const hd_marker *mk = i < c->ntokens ? realis_marker_at(c, i, &r) : NULL;
  if (!mk || r != HD_REALIS_BACKGROUND) return NULL;
  size_t end = i + mk->nwords;
  if (end >= c->ntokens || c->tokens[end].kind != HD_TOK_PUNCT || c->tokens[end].punct != ',') return NULL;
  *at = i;
  return mk;
}

/* Is the verb at ANCHOR the first word of relative clause CL, or after
** قد ("التي قد أعلنت")? */
static int opens_relative(const hd_coder *c, const hd_clause *cl, size_t anchor) {
  static const char *const qad[] = {"\xd9\x82\xd8\xaf"};   /* قد */
  if (anchor == cl->opener + 1) return 1;
  return anchor == cl->opener + 2 && hd_tok_in(c, cl->opener + 1, qad, 1);
}

/* Is the last verb of clause CL before token END in the past?  Words
** told in a relative clause in the past, on a noun of a clause whose own
** verb is in the past, are most often what that clause answers ("أكدت
** ميركل ... ردا على انتقادات ترامب الذي اتهم برلين"، "أبدت السلطات
** التونسية استغرابها من تصريحات سالفيني الذي اتهم"); in a clause in the
** present, or with no verb, they are told of as they stand ("منظمة أوبك،
** التي انتقدها ترامب"). */
static int past_before(const hd_coder *c, int cl, size_t end) {
  if (cl < 0) return 0;
  size_t verb = hd_verb_before(c, cl, end);
  return verb != SIZE_MAX && hd_past_verb(c, verb);
}

/* Is the actor that begins at token START named as the one who gives
** support or cover, within four words before it ("بإسناد من مقاتلات
** التحالف"، "وسط غطاء جوي كثيف من التحالف العربي"): what a relative clause
** on it tells is that support, part of the news? */
static int support_from(const hd_coder *c, size_t start) {
  static const char *const support[] = {   /* إسناد بإسناد مساندة بمساندة غطاء دعم بدعم */
    "\xd8\xa7\xd8\xb3\xd9\x86\xd8\xa7\xd8\xaf", "\xd8\xa8\xd8\xa7\xd8\xb3\xd9\x86\xd8\xa7\xd8\xaf",
    "\xd9\x85\xd8\xb3\xd8\xa7\xd9\x86\xd8\xaf\xd9\x87", "\xd8\xa8\xd9\x85\xd8\xb3\xd8\xa7\xd9\x86\xd8\xaf\xd9\x87",
    "\xd8\xba\xd8\xb7\xd8\xa7\xd8\xa1", "\xd8\xaf\xd8\xb9\xd9\x85", "\xd8\xa8\xd8\xaf\xd8\xb9\xd9\x85"};
  return hd_word_before(c, start, 4, support, HD_ARRAY_LEN(support));
}

/* Does "in turn" (بدوره، بدورها، بدورهم، بدورهما) stand within two words
** after the verb at ANCHOR: a reaction, the news of the day? */
static int in_turn(const hd_coder *c, size_t anchor) {
  static const char *const turn[] = {   /* بدوره بدورها بدورهم بدورهما */
    "\xd8\xa8\xd8\xaf\xd9\x88\xd8\xb1\xd9\x87", "\xd8\xa8\xd8\xaf\xd9\x88\xd8\xb1\xd9\x87\xd8\xa7",
    "\xd8\xa8\xd8\xaf\xd9\x88\xd8\xb1\xd9\x87\xd9\x85", "\xd8\xa8\xd8\xaf\xd9\x88\xd8\xb1\xd9\x87\xd9\x85\xd8\xa7"};
  for (size_t i = anchor + 1; i <= anchor + 2 && i < c->ntokens; i++)
    if (hd_tok_in(c, i, turn, HD_ARRAY_LEN(turn))) return 1;
  return 0;
}

/* "الحوثيين الذين سيطروا على العاصمة صنعاء"، "منظمة أوبك، التي انتقدها
** ترامب": is M's event, at ANCHOR in relative clause OWN on an actor that
** is its subject or object, one told in the past of what that actor did
** before the news?  Only when its verb opens the clause (a verb further on
** may be the sentence's own, after a relative clause that ends unmarked:
** "قوات التحالف الذي تقوده السعودية شنت غارات"); not for arrests,
** expulsions and sanctions (roots 16, 17), most often the news itself
** ("الدبلوماسيون الذين طردتهم روسيا"); not "in turn" (in_turn()); not on
** an actor named as giving support (support_from()) nor on a nisba of a
** common noun ("الهجوم الإيراني الذي أودى"); and for demands, disapproval
** and rejection (roots 10 to 12), not on a noun of a clause in the past
** (past_before()). */
static int past_relative(const hd_coder *c, const hd_match *m, const hd_clause *own, size_t anchor) {
  int root = root_of(m->p->code);
  const hd_group *g = &c->groups[own->antecedent];
  return hd_past_verb(c, anchor) && opens_relative(c, own, anchor) && !in_turn(c, anchor) && root != 16 && root != 17 &&
         !c->actors[g->first].weak && !support_from(c, g->tok_start) && !(root <= 12 && past_before(c, own->parent, own->opener));
}

/* Do tokens I and I + 1 read وقت سابق ("earlier", after في)? */
static int earlier_at(const hd_coder *c, size_t i) {
  static const char *const time[] = {"\xd9\x88\xd9\x82\xd8\xaa"};   /* وقت */
  static const char *const earlier[] = {"\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x82"};   /* سابق */
  return hd_tok_in(c, i, time, 1) && hd_tok_in(c, i + 1, earlier, 1);
}

/* Is the verb of saying at VERB (which governs the clause of M's event,
** opening at token OPENER) told as history: with كان ... قد or كان and its
** subject before it, a background word right before or after it, or an
** earlier year in its clause?  Sets WHY's rule or marker. */
static int said_as_history(const hd_coder *c, const hd_match *m, size_t verb, size_t opener, hd_realis_why *why) {
  /* (words told with كان "earlier", في وقت سابق, are of the same news, told
  ** earlier the same day or the day before: "وكان الجيش قد قال في وقت
  ** سابق إن ناشطين من غزة أطلقوا صاروخين") */
  int earlier_today = 0;
  for (size_t i = c->clauses[c->clause_at[verb]].start; i + 1 < opener && i + 1 < c->ntokens; i++)
    earlier_today |= earlier_at(c, i);
  if (!earlier_today && had_happened(c, verb)) { why->rule = "governed by words told with كان ... قد"; return 1; }
  if (!earlier_today && hd_past_verb(c, verb) && (kana_subject(c, verb) || kana_opening(c, verb))) {
    why->rule = "governed by words told with كان before them";
    return 1;
  }
  hd_match said = *m;
  said.anchor = said.last = verb;
  said.noun = 0;
  hd_realis r;
  size_t at;
  const hd_marker *mk = local_marker(c, verb, &r, &at);
  if (mk && r == HD_REALIS_BACKGROUND) { why->marker = mk; return 1; }
  if ((mk = marker_after(c, &said, verb + 1, 1u << HD_REALIS_BACKGROUND, &r, &at))) { why->marker = mk; return 1; }
  if (earlier_year(c, &said)) { why->rule = "governed by words told in an earlier year"; return 1; }
  return 0;
}

/* Does a word of the present time stand in tokens [FROM, TO): "هذا
** الأسبوع"، "الشهر الجاري"، "حاليا"، "الآن"? */
static int names_now(const hd_coder *c, size_t from, size_t to) {
  static const char *const units[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9",
                                      "\xd8\xa7\xd9\x84\xd8\xb4\xd9\x87\xd8\xb1"};   /* الاسبوع الشهر */
  static const char *const current[] = {"\xd8\xa7\xd9\x84\xd8\xac\xd8\xa7\xd8\xb1\xd9\x8a",
                                        "\xd8\xa7\xd9\x84\xd8\xad\xd8\xa7\xd9\x84\xd9\x8a"};   /* الجاري الحالي */
  static const char *const now[] = {"\xd8\xad\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa7", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x86"};   /* حاليا الان */
  static const char *const these[] = {"\xd9\x87\xd8\xb0\xd8\xa7"};   /* هذا */
  for (size_t i = from; i < to && i < c->ntokens; i++) {
    if (hd_tok_in(c, i, now, HD_ARRAY_LEN(now))) return 1;
    if (i + 1 < to && hd_tok_in(c, i, these, 1) && hd_tok_in(c, i + 1, units, HD_ARRAY_LEN(units))) return 1;
    if (i + 1 < to && hd_tok_in(c, i, units, HD_ARRAY_LEN(units)) && hd_tok_in(c, i + 1, current, HD_ARRAY_LEN(current))) return 1;
  }
  return 0;
}

/* Does clause K say, by في وقت سابق in its own words, that what it tells
** was done earlier, and name no present time right after it (اليوم، هذا
** الأسبوع)? */
static int told_earlier(const hd_coder *c, int k) {
  const hd_clause *cl = &c->clauses[k];
  static const char *const in[] = {"\xd9\x81\xd9\x8a", "\xd9\x88\xd9\x81\xd9\x8a"};   /* في وفي */
  static const char *const today[] = {"\xd8\xa7\xd9\x84\xd9\x8a\xd9\x88\xd9\x85"};   /* اليوم */
  for (size_t i = cl->start + 1; i + 1 < cl->end && i + 1 < c->ntokens; i++) {
    if (c->clause_at[i] != k || !earlier_at(c, i) || !hd_tok_in(c, i - 1, in, 2)) continue;
    size_t after = i + 2, to = after + 4 < cl->end ? after + 4 : cl->end;
    if (names_now(c, after, to)) continue;
    int now = 0;
    for (size_t j = after; j < to && j < c->ntokens; j++) now |= hd_tok_in(c, j, today, 1);
    if (!now) return 1;
  }
  return 0;
}

/* Does a mark of punctuation stand between tokens A and B? */
static int punct_between(const hd_coder *c, size_t a, size_t b) {
  for (size_t i = a + 1; i < b && i < c->ntokens; i++)
    if (c->tokens[i].kind == HD_TOK_PUNCT) return 1;
  return 0;
}

int hd_tells_history(const hd_coder *c, const hd_match *m) {
  if (m->realis != HD_REALIS_BACKGROUND || m->realis_why.topic || m->realis_why.undated || m->noun || !hd_past_verb(c, m->anchor))
    return 0;
  /* (a marker that names the time after which the news came, "بعد أيام
  ** من"، "منذ أن", frames it) */
  const hd_marker *mk = m->realis_why.marker;
  if (!mk) return 1;
  static const char *const frames[] = {"\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x85\xd9\x86\xd8\xb0"};   /* بعد منذ */
  static const char *const of[] = {"\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a"};   /* من علي */
  const char *first = hd_dict_word_text(c->dict, mk->word[0]), *last = hd_dict_word_text(c->dict, mk->word[mk->nwords - 1]);
  for (size_t k = 0; k < 2; k++)
    if ((first && !strcmp(first, frames[k])) || (last && !strcmp(last, of[k]))) return 0;
  return 1;
}

/* Is no verb of its clause before the verb at VERB? */
static int first_verb_of_clause(const hd_coder *c, size_t verb) {
  int cl = c->clause_at[verb];
  for (size_t i = c->clauses[cl].start; i < verb; i++)
    if (c->clause_at[i] == cl && hd_is_verb(c, i)) return 0;
  return 1;
}

/* "حزب العمال الكردستاني، الذي تصنفه تركيا والولايات المتحدة تنظيما
** إرهابيا"، "جماعة الإخوان التي تصنفها القاهرة جماعة إرهابية": is the word
** at VERB a verb of a position held ([markers] standing), the first verb of
** a relative clause?  It tells what holds of the clause's noun, not the
** day's act, in the title and the lead too. */
int hd_standing_relative(const hd_coder *c, size_t verb) {
  return c->clauses[c->clause_at[verb]].kind == HD_CLAUSE_RELATIVE && hd_marker_here(c, verb, HD_MARK_STANDING) &&
         hd_is_verb(c, verb) && first_verb_of_clause(c, verb);
}

/* "وتؤكد أنقرة أن العملية تستهدف وحدات حماية الشعب"، "ويرى غريفيث أن
** الحرب تختلف": is the word at VERB a verb of a position held ([markers]
** standing), the first verb of the sentence's own clause (its main
** clause, or one joined to it by و), in the body of an article (not its
** title, its lead, nor a heading)?  It tells a standing position, not the
** day's act. */
static int standing_position(const hd_coder *c, size_t verb) {
  if (c->heading || !hd_marker_here(c, verb, HD_MARK_STANDING) || !hd_is_verb(c, verb)) return 0;
  int cl = c->clause_at[verb];
  if (c->clauses[cl].kind == HD_CLAUSE_RELATIVE) return hd_standing_relative(c, verb);
  if (c->title_sentence) return 0;
  /* (nor its lead, which tells the day's news in the present as a title
  ** does: "تقول منظمة الصحة العالمية إنها ستتخذ إجراءات حاسمة") */
  if (c->body_sentences == 0) return 0;
  for (int k = cl; k >= 0; k = c->clauses[k].parent)
    if (c->clauses[k].kind != HD_CLAUSE_MAIN && c->clauses[k].kind != HD_CLAUSE_COORD) return 0;
  /* (not after another verb of its clause: "وكتب قرقاش يقول") */
  return first_verb_of_clause(c, verb);
}

static hd_realis realis_of(const hd_coder *c, const hd_match *m, hd_day own_day, hd_realis_why *why) {
  size_t anchor = m->anchor, at = 0;
  hd_realis r = HD_REALIS_ACTUAL;
  memset(why, 0, sizeof *why);
  /* 1. negated, denied, foiled */
  if (hd_is_negation(c, anchor)) { why->rule = "negated"; return HD_REALIS_NEGATED; }
  if (anchor > 0 && hd_tok_in(c, anchor - 1, conditionals, HD_ARRAY_LEN(conditionals))) {
    why->rule = "a condition";
    return HD_REALIS_HYPOTHETICAL;
  }
  const hd_marker *mk = preceded_by(c, anchor, HD_MARK_DENIAL, DENIAL_REACH, &at);
  if (mk) { why->marker = mk; why->token = at; return HD_REALIS_NEGATED; }
  if (root_of(m->p->code) >= 18 && (mk = preceded_by(c, anchor, HD_MARK_FOILED, FOILED_REACH, &at))) {
    why->marker = mk; why->token = at;
    return HD_REALIS_NEGATED;
  }
  /* "بطلب من الكويت": the request was made before the act the news tells */
  if (hd_at_request(c, m)) {
    why->rule = "the request the news comes after (بطلب من)";
    why->topic = 1;
    return HD_REALIS_BACKGROUND;
  }
  /* 2. the verb's own future, "قد يـ", the markers of its clause (an
  ** event named by its participants, "طالب آلاف المتظاهرين", has no verb
  ** for them to govern) */
  if (has_future(c, anchor)) { why->rule = "the future's سـ"; return HD_REALIS_PLANNED; }
  if (under_future_being(c, anchor)) { why->rule = "in a sentence that opens with سيكون"; return HD_REALIS_PLANNED; }
  if (may_happen(c, anchor) && !had_happened(c, anchor)) { why->rule = "قد before an imperfect verb"; return HD_REALIS_HYPOTHETICAL; }
  /* "ستشارك في الهجوم"، "قد تشارك في الضربات"، "سيحضر الاجتماع": the noun
  ** of an event right after a verb of the future, or of what may be, is
  ** what that verb says of it */
  /* (a word right after a verb in the future is what it says will be,
  ** though the dictionaries list it with a verb's forms: "ستوسع هجومها") */
  int noun = !hd_is_verb(c, anchor);
  if (!m->implied && anchor > 1 && (noun || has_future(c, anchor - 1))) {
    static const char *const in[] = {"\xd9\x81\xd9\x8a"};   /* في */
    size_t v = anchor - 1;
    if (hd_tok_in(c, v, in, 1)) v--;
    if (c->actor_at[v] < 0 && c->clause_at[v] == c->clause_at[anchor]) {
      if (noun ? future_verb(c, v) : has_future(c, v)) {   /* ("ستنعقد القمة") */
        why->rule = "the noun after a verb in the future";
        why->token = v;
        return HD_REALIS_PLANNED;
      }
      if (noun && may_happen(c, v) && !had_happened(c, v)) {
        why->rule = "the noun after قد and an imperfect verb"; why->token = v;
        return HD_REALIS_HYPOTHETICAL;
      }
    }
    /* "وسيجتمع كيم مع ترامب في يونيو في أول قمة بين": a meeting named
    ** further on (past the word right before it, which the rule above
    ** reads) in a clause whose verb is in the future is what that verb
    ** says will be; not one named right after a word of what came before
    ** it ("سيزور تركيا بعد لقائه الرئيس الإيراني") */
    static const char *const before[] = {   /* بعد اثر عقب منذ قبل جراء بسبب */
      "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd8\xa7\xd8\xab\xd8\xb1", "\xd8\xb9\xd9\x82\xd8\xa8", "\xd9\x85\xd9\x86\xd8\xb0",
      "\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa1", "\xd8\xa8\xd8\xb3\xd8\xa8\xd8\xa8"};
    if (noun && root_of(m->p->code) == 4 && !hd_tok_in(c, anchor - 1, before, HD_ARRAY_LEN(before)))
      for (size_t i = anchor - 1, words = 0; i-- > 0 && words < FUTURE_NOUN_REACH;) {
        if (c->clause_at[i] != c->clause_at[anchor]) break;
        if (c->tokens[i].kind != HD_TOK_WORD) continue;
        words++;
        if (c->actor_at[i] < 0 && hd_is_verb(c, i) && future_verb(c, i)) {
          why->rule = "a meeting named in a clause whose verb is in the future";
          why->token = i;
          return HD_REALIS_PLANNED;
        }
      }
  }
  /* "الهجوم الكيميائي المفترض"، "الهجمات المزعومة"، "هجوم مزعوم بسلاح
  ** كيماوي": a noun of an event that an adjective right after it says is
  ** only claimed */
  if (m->noun || !hd_is_verb(c, anchor)) {
    static const char *const claimed[] = {   /* المفترض المفترضه المزعوم المزعومه مفترض مفترضه مزعوم مزعومه */
      "\xd8\xa7\xd9\x84\xd9\x85\xd9\x81\xd8\xaa\xd8\xb1\xd8\xb6",
      "\xd8\xa7\xd9\x84\xd9\x85\xd9\x81\xd8\xaa\xd8\xb1\xd8\xb6\xd9\x87",
      "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb2\xd8\xb9\xd9\x88\xd9\x85",
      "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb2\xd8\xb9\xd9\x88\xd9\x85\xd9\x87",
      "\xd9\x85\xd9\x81\xd8\xaa\xd8\xb1\xd8\xb6", "\xd9\x85\xd9\x81\xd8\xaa\xd8\xb1\xd8\xb6\xd9\x87",
      "\xd9\x85\xd8\xb2\xd8\xb9\xd9\x88\xd9\x85", "\xd9\x85\xd8\xb2\xd8\xb9\xd9\x88\xd9\x85\xd9\x87"};
    for (size_t i = anchor + 1; i <= anchor + 3 && i < c->ntokens && c->tokens[i].kind == HD_TOK_WORD && c->actor_at[i] < 0; i++)
      if (hd_tok_in(c, i, claimed, HD_ARRAY_LEN(claimed))) {
        why->rule = "a noun said to be claimed (المفترض، المزعوم)";
        why->token = i;
        return HD_REALIS_ALLEGED;
      }
  }
  /* "بيانا مشتركا بشأن اعتداء سالزبري"، "حول القصف الروسي لمدينة حلب"،
  ** "التحقيق في ملابسات مقتله": the noun of an act of violence right
  ** after a word of what words or an inquiry are about is their topic,
  ** told as history, not news */
  if (root_of(m->p->code) >= 18 && !m->implied && !hd_is_verb(c, anchor) && anchor > 0 && topic_before(c, anchor)) {
    why->rule = "a noun of violence that is what words are about (بشأن، حول، قضية، التحقيق في)";
    why->token = anchor - 1;
    why->topic = 1;
    return HD_REALIS_BACKGROUND;
  }
  long convicted = root_of(m->p->code) >= 14 && !m->implied ? convicted_of(c, anchor) : -1;
  if (convicted >= 0) {
    why->rule = "what one is convicted of (أدين ب، المدان ب، إدانته ب)";
    why->token = (size_t)convicted;
    /* (a day of this week is the verdict's or the release's the news
    ** tells: "الإفراج الثلاثاء عن الجندي المدان بقتل"; one long before,
    ** "أدين بإطلاق النار عام 2008", the act's) */
    why->undated = !(own_day != HD_NO_DAY && c->ref != HD_NO_DAY && own_day + 7 <= c->ref);
    return HD_REALIS_BACKGROUND;
  }
  long purpose = purpose_of_noun(c, m);
  if (purpose >= 0) {
    why->rule = "a verbal noun of purpose (لـ) after a noun: what the noun is for";
    why->token = (size_t)purpose;
    return HD_REALIS_HYPOTHETICAL;
  }
  if (!m->implied && (mk = local_marker(c, anchor, &r, &at))) { why->marker = mk; why->token = at; return r; }
  if (own_day == HD_NO_DAY && (mk = opening_background(c, &at))) { why->marker = mk; why->token = at; return HD_REALIS_BACKGROUND; }
  /* "قبيل اجتماع قمة بين رئيسي روسيا والولايات المتحدة"، "عشية انعقاد
  ** القمة": an event named on its eve has not happened yet (but in "وقبيل
  ** الاجتماع غرد بومبيو" the tweet has) */
  static const char *const eve[] = {"\xd9\x82\xd8\xa8\xd9\x8a\xd9\x84", "\xd8\xb9\xd8\xb4\xd9\x8a\xd9\x87",
                                    "\xd9\x88\xd9\x82\xd8\xa8\xd9\x8a\xd9\x84"};   /* قبيل عشيه وقبيل */
  for (size_t k = 1; k <= (m->noun ? 2u : 1u) && k <= anchor; k++)
    if (hd_tok_in(c, anchor - k, eve, HD_ARRAY_LEN(eve))) {
      why->rule = "on its eve (قبيل، عشية)";
      why->token = anchor - k;
      return HD_REALIS_PLANNED;
    }
  /* "تدابير أمنية مشددة في سنغافورة قبل القمة التاريخية بين ترامب وكيم"،
  ** "قبل أيام من قمة بين": a meeting, a visit or an agreement named right
  ** after قبل is what the news waits for */
  static const char *const before[] = {"\xd9\x82\xd8\xa8\xd9\x84", "\xd9\x88\xd9\x82\xd8\xa8\xd9\x84"};   /* قبل وقبل */
  static const char *const of[] = {"\xd9\x85\xd9\x86"};   /* من */
  int r0 = root_of(m->p->code);
  if (r0 >= 3 && r0 <= 6 && !m->implied && !hd_is_verb(c, anchor) && anchor > 0) {
    size_t b = anchor - 1;
    if (hd_tok_in(c, b, of, 1) && b >= 2 && hd_tok_in(c, b - 2, before, 2)) b -= 2;   /* "قبل أيام من" */
    else if (hd_tok_in(c, b, of, 1) && b >= 3 && hd_tok_in(c, b - 3, before, 2)) b -= 3;   /* "قبل ساعات قليلة من" */
    if (hd_tok_in(c, b, before, 2) && !(b > 0 && hd_tok_in(c, b - 1, of, 1))) {   /* (not "أشاد من قبل بقمته") */
      why->rule = "named right after قبل";
      why->token = b;
      return HD_REALIS_PLANNED;
    }
  }
  /* "في قضية هجوم سالسبوري"، "مجزرة دوما": a noun of violence with a town
  ** in construct after it names an incident by its place, one the reader
  ** knows: told as history */
  if (r0 >= 18 && !m->implied && !hd_is_verb(c, anchor) && !(c->tokens[anchor].nana && (c->ana[c->tokens[anchor].ana].flags & HD_CL_ARTICLE)))
    for (size_t k = 0; k < c->nplaces; k++)
      if (c->places[k].tok_start == anchor + 1 && c->places[k].kind == HD_ENT_PLACE) {
        why->rule = "an incident named by its town";
        why->token = anchor + 1;
        return HD_REALIS_BACKGROUND;
      }
  /* "ومنذ اختطاف هؤلاء العمال في الموصل، ظلت الحكومة تقول"، "قتل 45
  ** فلسطينيا منذ اندلاع الاحتجاجات"، "منذ أعلن ترامب استراتيجيته": an
  ** event named after منذ is where a span begins, the time something has
  ** lasted since, told as history (protests that go on are told by their
  ** own words) */
  static const char *const since[] = {"\xd9\x85\xd9\x86\xd8\xb0"};   /* منذ (ومنذ) */
  if (anchor > 0 && hd_tok_in(c, anchor - 1, since, 1)) {
    why->rule = "named after منذ";
    /* (with the day it began, if its words name an earlier one) */
    why->undated = !(own_day != HD_NO_DAY && c->ref != HD_NO_DAY && own_day < c->ref);
    why->token = anchor - 1;
    return HD_REALIS_BACKGROUND;
  }
  /* "القمة المرتقبة بين ترامب وكيم": what is to come, or may be, said right
  ** after an event's noun (past its actors' words) */
  unsigned to_come = 1u << HD_REALIS_PLANNED | 1u << HD_REALIS_HYPOTHETICAL;
  if (m->noun && (mk = marker_after(c, m, m->anchor + 1, to_come, &r, &at))) {
    why->marker = mk; why->token = at;
    return r;
  }
  /* "قمة مقررة بين ترامب وكيم"، "اجتماعا سيتم بين"، "قمة جديدة مرتقبة
  ** بين كيم ومون"، "وقمة أخرى مرتقبة مع": a noun without the article,
  ** right before a word of what is to come or a verb in the future, or
  ** with one word of its own between (an adjective: جديدة، أخرى، ثانية) */
  static const char *const own_words[] = {   /* جديد جديده اخري اخر ثان ثانيه ثالث ثالثه رابعه تاريخيه ثنائيه ثلاثيه */
    "\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf", "\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf\xd9\x87",
    "\xd8\xa7\xd8\xae\xd8\xb1\xd9\x8a", "\xd8\xa7\xd8\xae\xd8\xb1", "\xd8\xab\xd8\xa7\xd9\x86",
    "\xd8\xab\xd8\xa7\xd9\x86\xd9\x8a\xd9\x87", "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab",
    "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab\xd9\x87", "\xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x87",
    "\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae\xd9\x8a\xd9\x87", "\xd8\xab\xd9\x86\xd8\xa7\xd8\xa6\xd9\x8a\xd9\x87",
    "\xd8\xab\xd9\x84\xd8\xa7\xd8\xab\xd9\x8a\xd9\x87"};
  if (!m->noun && !m->implied && !hd_is_verb(c, anchor))
    for (size_t k = anchor + 1; k <= anchor + 2 && k < c->ntokens; k++) {
      if (k > anchor + 1 && !hd_tok_in(c, anchor + 1, own_words, HD_ARRAY_LEN(own_words))) break;
      const hd_token *t = &c->tokens[k];
      const char *w;
      /* (the word itself, not one with a clitic: "فنية" is no "نية") */
      if ((mk = realis_marker_at(c, k, &r)) && ((to_come >> r) & 1) && mk->nwords == 1 &&
          (w = hd_dict_word_text(c->dict, mk->word[0])) && strlen(w) == tok_len(t) && !memcmp(w, tok_text(c, t), tok_len(t))) {
        why->marker = mk; why->token = k;
        return r;
      }
      if (has_future(c, k)) { why->rule = "a noun before a verb in the future"; why->token = k; return HD_REALIS_PLANNED; }
    }
  /* "نعلق آمالا كبيرة على اللقاء الذي سيجمع الرئيس الأمريكي بكيم": the
  ** noun of an event whose relative clause opens with a verb in the future
  ** is to come */
  if ((m->noun || !hd_is_verb(c, anchor)) && !m->implied && anchor + 2 < c->ntokens &&
      hd_marker_at(c, anchor + 1, HD_MARK_RELATIVE) && future_verb(c, anchor + 2)) {
    why->rule = "a noun whose relative clause opens with a verb in the future";
    why->token = anchor + 2;
    return HD_REALIS_PLANNED;
  }
  /* "أعلنت سنغافورة عن تكلفة استضافة القمة التي جمعت بين ترامب وكيم"،
  ** "بعد القمة التاريخية التي جمعت الزعيمين": a meeting named by its noun
  ** and a relative clause in the past of what brought its parties together
  ** is one the reader knows, told as history; not the frame of the day's
  ** words ("وقال ترامب خلال اللقاء الذي جمعه مع ولي العهد") */
  if (r0 == 4 && !m->implied && (m->noun || !hd_is_verb(c, anchor)) && own_day == HD_NO_DAY &&
      meeting_brought_before(c, anchor)) {
    why->rule = "a meeting named with a relative clause of what brought its parties together (التي جمعت): told as history";
    return HD_REALIS_BACKGROUND;
  }
  if (predicate_realis(c, m, &r, why)) return r;
  /* "يجتمع قادة كوريا الجنوبية واليابان والصين الأسبوع المقبل": a time to
  ** come (a phrase of the planned words) right after a verb's words */
  if (!m->noun && (mk = marker_after(c, m, m->last + 1, 1u << HD_REALIS_PLANNED, &r, &at)) && mk->nwords >= 2 &&
      hd_tok_in(c, at + 1, next_words, HD_ARRAY_LEN(next_words))) {
    why->marker = mk; why->token = at;
    return r;
  }
  /* "ونفت إيران في ذلك الحين"، "قال آنذاك"، "وتشن الطائرات باستمرار غارات
  ** على": a word of time past or of habit among or right after the event's
  ** words tells it as history */
  if ((mk = marker_after(c, m, m->anchor + 1, 1u << HD_REALIS_BACKGROUND, &r, &at))) {
    why->marker = mk; why->token = at;
    return r;
  }
  if (had_happened(c, anchor)) { why->rule = "كان ... قد before the verb"; return HD_REALIS_BACKGROUND; }
  /* "وكان ترامب قد أكد في وقت سابق زيارة بومبيو إلى بيونغيانغ": an event
  ** named by a noun in a clause that tells, by كان ... قد, what had
  ** happened is part of that history, and so is a relative clause on a
  ** noun of that clause ("وكانت دمشق قد اتهمت إسرائيل بشن غارة استهدفت
  ** مطار التيفور") */
  const hd_clause *own = &c->clauses[c->clause_at[anchor]];
  if (((m->noun || !hd_is_verb(c, anchor)) && pluperfect_before(c, c->clause_at[anchor], anchor)) ||
      (own->kind == HD_CLAUSE_RELATIVE && own->parent >= 0 && pluperfect_before(c, own->parent, own->opener))) {
    why->rule = "in a clause with كان ... قد, named by a noun or in a relative clause on one";
    return HD_REALIS_BACKGROUND;
  }
  /* "وكانت القوات التركية شنت عملية في عفرين": كان and its subject right
  ** before a verb in the past, with no قد, tell what had happened too (not
  ** "كان أشدها عنفا هجوم انتحاري استهدف") */
  if (!m->noun && hd_is_verb(c, anchor) && !imperfect_any(c, anchor) && (kana_subject(c, anchor) || kana_opening(c, anchor))) {
    why->rule = "كان before a verb in the past";
    return HD_REALIS_BACKGROUND;
  }
  /* "وكان صاروخ قد أسقط الطائرة ...، ونفت روسيا مسؤوليتها": a verb joined
  ** by و to a clause of what had happened goes on telling it; so does one
  ** joined to it past what its verb of saying governed ("كان ترامب قد قال
  ** إنه على تواصل مع ...، وأعرب عن قلقه") */
  if (own->kind == HD_CLAUSE_COORD && own->prev >= 0 && own_day == HD_NO_DAY &&
      (pluperfect_clause(c, own->prev) || (own->parent >= 0 && own->parent != own->prev &&
                                           c->clauses[own->prev].parent == own->parent &&
                                           pluperfect_before(c, own->parent, own->start)))) {
    why->rule = "joined by و to a clause with كان ... قد";
    return HD_REALIS_BACKGROUND;
  }
  if (own_day == HD_NO_DAY && !m->noun && standing_position(c, anchor)) {
    why->rule = hd_standing_relative(c, anchor)
                  ? "a verb of a position held, in the present, opening a relative clause: what holds of its noun"
                  : "a verb of a position held, in the present, opening the sentence's own clause in the body";
    return HD_REALIS_BACKGROUND;
  }
  /* 3. the clauses it is in */
  static const char *const when[] = {"\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7", "\xd8\xad\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
                                     "\xd9\x83\xd9\x84\xd9\x85\xd8\xa7"};   /* عندما حينما كلما */
  for (int cl = c->clause_at[anchor]; cl >= 0; cl = c->clauses[cl].parent) {
    const hd_clause *k = &c->clauses[cl];
    if (k->kind == HD_CLAUSE_CONDITION) { why->rule = "a condition"; why->token = k->opener; return HD_REALIS_HYPOTHETICAL; }
    /* "عندما يلتقي ترامب كيم": a time clause whose first verb is imperfect
    ** is of a time to come ("كلما يتظاهرون": of every time, a habit) */
    if (k->kind == HD_CLAUSE_ADVERBIAL && cl == c->clause_at[anchor] && !m->noun && hd_imperfect(c, anchor) &&
        anchor <= k->opener + 3 && hd_tok_in(c, k->opener, when, HD_ARRAY_LEN(when)) &&
        !kana_before(c, anchor, anchor, 3)) {   /* (not "عندما كان مادورو يلقي خطابا") */
      why->rule = "a clause of time (عندما، حينما، كلما) with an imperfect verb";
      why->token = k->opener;
      return hd_tok_in(c, k->opener, when + 2, 1) ? HD_REALIS_BACKGROUND : HD_REALIS_PLANNED;
    }
    if (own_day == HD_NO_DAY && k->governor >= 0 && standing_position(c, (size_t)k->governor)) {
      why->rule = "what a verb of a position held, in the present, says in the body";
      why->token = (size_t)k->governor;
      return HD_REALIS_BACKGROUND;
    }
    if (k->governor >= 0 && (mk = realis_marker_at(c, (size_t)k->governor, &r))) {
      why->marker = mk; why->token = (size_t)k->governor;
      return r;
    }
    /* "وكانت واشنطن قد أعلنت أنها قتلت عشرات المسلحين"، "وأعلنت واشنطن
    ** العام الماضي أنها قتلت"، "وقال أردوغان آنذاك إن": what words told
    ** as history say was done was done before them, and is history too */
    if (own_day == HD_NO_DAY && k->governor >= 0 && (k->kind == HD_CLAUSE_COMPLEMENT || k->kind == HD_CLAUSE_QUOTE) &&
        hd_marker_at(c, (size_t)k->governor, HD_MARK_REPORT) && said_as_history(c, m, (size_t)k->governor, k->opener, why)) {
      why->token = (size_t)k->governor;
      why->said = 1;
      return HD_REALIS_BACKGROUND;
    }
    /* "وهذه ليست المرة الأولى التي يستهدف فيها مطار التيفور": a relative
    ** clause that opens right after a background marker tells what
    ** happened before */
    if (k->kind == HD_CLAUSE_RELATIVE && (mk = background_ending_at(c, k->opener, &at))) {
      why->marker = mk; why->token = at;
      return HD_REALIS_BACKGROUND;
    }
    /* "ردا على الهجوم الكيماوي الذي أسفر عن مقتل العشرات": what a relative
    ** clause tells of the deed answered was done before the answer too */
    long answer = k->kind == HD_CLAUSE_RELATIVE && cl == c->clause_at[anchor] ? hd_answered_by(c, anchor) : -1;
    if (answer >= 0) {
      why->marker = hd_marker_here(c, (size_t)answer, HD_MARK_ANSWER); why->token = (size_t)answer;
      return HD_REALIS_BACKGROUND;
    }
    if (k->governor >= 0 && has_future(c, (size_t)k->governor)) {
      why->rule = "governed by a verb in the future"; why->token = (size_t)k->governor;
      return HD_REALIS_PLANNED;
    }
  }
  /* "يلتقي ولي العهد الرئيس الأمريكي الثلاثاء"، "تعقد مساء الأحد ...
  ** اجتماعا": a meeting or agreement told by an imperfect verb on a day of
  ** this week is announced, not reported (but "كانوا يعقدون اجتماعا،
  ** الجمعة" was held, and "تباحث الرئيسان الأحد" is the past) */
  if (m->this_week && !m->noun && root_of(m->p->code) >= 3 && root_of(m->p->code) <= 6 &&
      (root_of(m->p->code) == 5 ? hd_imperfect(c, anchor) : imperfect_any(c, anchor)) &&   /* ("تؤيد" is a standing support) */
      !kana_before(c, anchor, anchor, 4)) {
    why->rule = "an imperfect verb on a day of this week";
    return HD_REALIS_PLANNED;
  }
  /* "وتنفي موسكو أي تدخل"، "وهو ما تنفيه أنقرة"، "وتتهم أنقرة غولن بتدبير
  ** الانقلاب": a denial or an accusation told in the present is a standing
  ** position, not news; but a headline or lead that opens with its subject
  ** tells the news in the present ("مصر تنفي تصريحات عن سد النهضة").  An
  ** earlier day in its words is the denied act's, not the denial's: "وتنفي
  ** سوريا وروسيا وقوع هجوم كيميائي في السابع من أبريل" has no day of its
  ** own.  So is a demand or a rejection where the news tells what is held
  ** (held_position()). */
  if ((own_day == HD_NO_DAY || (c->ref != HD_NO_DAY && own_day < c->ref && earlier_day_denied(c, anchor))) && !m->noun &&
      present_tense(c, anchor) && (!strcmp(m->p->code, "016") || !strncmp(m->p->code, "112", 3)) && !subject_opens(c, anchor) &&
      !said_by_doer(c, m)) {
    why->rule = "a denial or accusation told in the present: a standing position";
    why->undated = own_day != HD_NO_DAY;
    return HD_REALIS_BACKGROUND;
  }
  if (own_day == HD_NO_DAY && !m->noun && (root_of(m->p->code) == 10 || root_of(m->p->code) == 12) && held_position(c, anchor)) {
    why->rule = "a demand or rejection told in the present where the news tells what is held: a standing position";
    return HD_REALIS_BACKGROUND;
  }
  /* "وتقول الحكومة التركية إن هذه الميليشيا ترتبط بحزب العمال"، "وتعتبر
  ** إسرائيل أن من حقها"، "ويصر السراج على أن": a sentence that opens with
  ** a verb of holding a view in the present, joined by و or ف, tells what
  ** its speaker holds, not what it said that day: the statement or the
  ** criticism is a standing position (what its words tell is coded for
  ** itself); and so do such words in a clause of contrast (contrast_holding)
  ** and on a noun right before them (says_of_noun) */
  if (own_day == HD_NO_DAY && !m->noun && (root_of(m->p->code) == 1 || root_of(m->p->code) == 11) &&
      hd_marker_at(c, anchor, HD_MARK_REPORT)) {
    const char *rule =
        opens_holding(c, anchor) ? "words told in the present by a verb that opens the sentence after و: a standing position"
      : contrast_holding(c, anchor) ? "words told in the present in a clause of contrast (بينما تقول، لكن موسكو تؤكد): a standing position"
      : says_of_noun(c, anchor) ? "words told in the present of a noun right before them (تحالفا تقول إنه، ما تقول إنه): an attribution"
      : NULL;
    if (rule) {
      why->rule = rule;
      return HD_REALIS_BACKGROUND;
    }
  }
  if (own_day == HD_NO_DAY && !m->noun && !strncmp(m->p->code, "173", 3) && holds_people(c, anchor)) {
    why->rule = "people held, told in the present: a state of affairs, not an arrest";
    return HD_REALIS_BACKGROUND;
  }
  /* "الجيش الإسرائيلي الذي يحاصر قطاع غزة"، "الجماعات المسلحة التي تقاتل
  ** في الغوطة": a relative clause in the present whose subject is its
  ** antecedent, an actor, says what that actor does, not what the news is
  ** (not a visit or talks under way: "ولي العهد، الذي يزور الولايات
  ** المتحدة"; nor protesters at it: "المتظاهرين الذين يقطعون الطرق"; nor
  ** what it did: "فالس الذي انتقد ترامب"); unless it carries a day of its
  ** own.  So does one whose object is its antecedent, as the pronoun on
  ** its verb says: "حزب العمال الكردستاني الذي تصنفه أنقرة تنظيما
  ** إرهابيا"، "المدنيين الذين تتخذهم الميليشيات دروعا بشرية".  One in the
  ** past tells what the actor did before the news (past_relative()). */
  if (own->kind == HD_CLAUSE_RELATIVE && own->antecedent >= 0 && own_day == HD_NO_DAY &&
      (m->source == own->antecedent || (m->target == own->antecedent && hd_reading_with(c, anchor, HD_CL_SUFFIX))) &&
      !m->noun && root_of(m->p->code) >= 10 && root_of(m->p->code) != 14) {
    if (imperfect_any(c, anchor)) {
      why->rule = m->source == own->antecedent ? "a relative clause in the present that tells what the actor before it does"
                                               : "a relative clause in the present that tells what is done to the actor before it";
      return HD_REALIS_BACKGROUND;
    }
    if (past_relative(c, m, own, anchor)) {
      why->rule = m->source == own->antecedent ? "a relative clause in the past, opened by its verb, that tells what the actor before it did"
                                               : "a relative clause in the past, opened by its verb, that tells what was done to the actor before it";
      return HD_REALIS_BACKGROUND;
    }
  }
  /* "وتنفي روسيا الاتهامات، وتقول إن ...": a verb in the present joined by
  ** و to a standing position goes on telling it */
  if (own->kind == HD_CLAUSE_COORD && own->prev >= 0 && own_day == HD_NO_DAY && !m->noun && present_tense(c, anchor) &&
      c->clauses[own->prev].events && c->clauses[own->prev].background == c->clauses[own->prev].events) {
    why->rule = "a verb in the present joined by و to a clause told as background";
    return HD_REALIS_BACKGROUND;
  }
  /* "وكانت الولايات المتحدة وفرنسا وبريطانيا قد شنت هجوما استهدف مواقع"،
  ** "وكانت واشنطن وأنقرة اتفقتا، الاثنين، على خريطة طريق ...، وأكدتا
  ** التزامهما": a verb in the past after one of its own clause, or joined
  ** by و to a clause, that told only what had happened (not a position
  ** held, "وتنفي موسكو ذلك، وقال الكرملين") goes on telling it, on its day */
  if (!m->noun && !m->implied && hd_past_verb(c, anchor)) {
    int cl = c->clause_at[anchor], prev = own->kind == HD_CLAUSE_COORD ? own->prev : -1;
    const hd_clause *h = own->events && own->history == own->events && !punct_between(c, own->history_last, anchor) ? own
                       : prev >= 0 && anchor <= own->opener + 1 && c->clauses[prev].events &&
                         c->clauses[prev].history == c->clauses[prev].events ? &c->clauses[prev]
                       : NULL;
    /* (the scan for the present time only once the clause has history to go on with) */
    if (h && (own_day == HD_NO_DAY || own_day == h->history_day) && !names_now(c, anchor, own->end)) {
      why->rule = h == own ? "a verb in the past after one of its clause that told what had happened"
                           : "a verb in the past joined by و to a clause that told what had happened";
      why->goes_on = (h == own ? cl : prev) + 1;
      return HD_REALIS_BACKGROUND;
    }
  }
  /* "عندما أطلق مسلح النار على كنيسة ... مما أسفر عن مقتل 11 شخصا"،
  ** "وكانت قوات الأمن قد أفشلت في يونيو 2017 عملية ... قبل أن يفجر
  ** نفسه": what an event told as history brought about (مما، ما), and
  ** what came before, after or when it (قبل أن، بعد أن، عندما، حين),
  ** is history too */
  static const char *const result[] = {   /* مما ما قبل بعد عندما حين حينما بعدما قبلما */
    "\xd9\x85\xd9\x85\xd8\xa7", "\xd9\x85\xd8\xa7", "\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xa8\xd8\xb9\xd8\xaf",
    "\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7", "\xd8\xad\xd9\x8a\xd9\x86", "\xd8\xad\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
    "\xd8\xa8\xd8\xb9\xd8\xaf\xd9\x85\xd8\xa7", "\xd9\x82\xd8\xa8\xd9\x84\xd9\x85\xd8\xa7"};
  if (own->parent >= 0 && own_day == HD_NO_DAY && hd_tok_in(c, own->opener, result, HD_ARRAY_LEN(result)) &&
      ((c->clauses[own->parent].events && c->clauses[own->parent].background == c->clauses[own->parent].events) ||
       told_as_history(c, own->parent, own->opener))) {
    why->rule = "the result of a clause told as background, or what came before, after or when it";
    return HD_REALIS_BACKGROUND;
  }
  /* "قال الرئيس الفرنسي في وقت سابق إن"، "وفي وقت سابق، انتقد الرئيس
  ** الروسي انسحاب الولايات المتحدة": what its clause says was done
  ** earlier, with no day of its own, is history told in passing ("في وقت
  ** سابق اليوم"، "في وقت سابق من هذا الأسبوع" name the week's news) */
  if (own_day == HD_NO_DAY && told_earlier(c, c->clause_at[anchor])) {
    why->rule = "told as done earlier (في وقت سابق), with no day of its own";
    return HD_REALIS_BACKGROUND;
  }
  /* 4. its own date, or a year its clause names */
  if (own_day != HD_NO_DAY && c->ref != HD_NO_DAY) {
    if (own_day > c->ref) { why->rule = "dated after the article"; return HD_REALIS_PLANNED; }
    if (own_day + BACKGROUND_DAYS < c->ref) { why->rule = "dated long before the article"; return HD_REALIS_BACKGROUND; }
  }
  /* "ومطلع شباط/فبراير، شن الطيران الإسرائيلي غارات" on 17 February: the
  ** start or the middle of the article's month, over a week before its
  ** day, is history too */
  if (own_day == HD_NO_DAY && m->month != HD_NO_DAY && m->month_part && c->ref != HD_NO_DAY && m->month + 7 < c->ref) {
    why->rule = "named as the start or the middle of the article's month, over a week before its day";
    return HD_REALIS_BACKGROUND;
  }
  /* "التفجيرات التي استهدفت مطار بروكسل في آذار/مارس 2016"، "احتج
  ** إيطاليون في مارس الماضي"، "الذي اغتاله أردني قبل عامين": a month
  ** before the article's, named without a day, or a time that long ago,
  ** tells the event as history; a month after it, as to come */
  if (own_day == HD_NO_DAY && m->month != HD_NO_DAY && c->ref != HD_NO_DAY) {
    int ry, rm, my, mm;
    hd_day_to_ymd(c->ref, &ry, &rm, NULL);
    hd_day_to_ymd(m->month, &my, &mm, NULL);
    if (my * 12 + mm < ry * 12 + rm) { why->rule = "named with an earlier month, or as long ago"; return HD_REALIS_BACKGROUND; }
    if (my * 12 + mm > ry * 12 + rm) { why->rule = "named with a later month"; return HD_REALIS_PLANNED; }
  }
  if (own_day == HD_NO_DAY && earlier_year(c, m)) { why->rule = "an earlier year in its clause"; return HD_REALIS_BACKGROUND; }
  if (own_day == HD_NO_DAY && c->ref != HD_NO_DAY) {
    int ry;
    hd_day_to_ymd(c->ref, &ry, NULL, NULL);
    if (year_before_when(c, c->clause_at[anchor], ry)) {
      why->rule = "a clause of when (عندما، حين) right after an earlier year";
      return HD_REALIS_BACKGROUND;
    }
    if ((m->noun || !hd_is_verb(c, anchor)) && year_in_relative(c, m->last, ry)) {
      why->rule = "a noun whose relative clause names an earlier year";
      return HD_REALIS_BACKGROUND;
    }
  }
  if (over_a_span(c, m)) {
    why->rule = "told over a span of time (منذ، خلال)";
    why->undated = 1;
    return HD_REALIS_BACKGROUND;
  }
  if (toll_in_hundreds(c, m)) {
    why->rule = "a toll counted in hundreds or thousands, of a span, not a day";
    why->undated = 1;
    return HD_REALIS_BACKGROUND;
  }
  return HD_REALIS_ACTUAL;
}

/* The realis of M: what its words and the clauses it is in say
** (realis_of()); but a decision announced to come (announced_decision())
** has the realis of its announcing. */
hd_realis hd_realis_of(const hd_coder *c, const hd_match *m, hd_day own_day, hd_realis_why *why) {
  hd_realis r = realis_of(c, m, own_day, why);
  if (r != HD_REALIS_PLANNED || !announced_decision(c, m)) return r;
  size_t verb = (size_t)c->clauses[c->clause_at[m->anchor]].governor;
  hd_match said = *m;
  said.anchor = said.last = verb;
  said.noun = 0;
  said.nwords = 0;
  hd_realis_why told;
  memset(&told, 0, sizeof told);
  r = realis_of(c, &said, HD_NO_DAY, &told);
  if (r != HD_REALIS_ACTUAL && r != HD_REALIS_BACKGROUND) return HD_REALIS_PLANNED;
  memset(why, 0, sizeof *why);
  why->rule = r == HD_REALIS_ACTUAL ? "a decision to reduce relations its own state announces (أعلن أن ... ستطرد): done by the announcing"
                                    : "a decision to reduce relations its own state announced, told as history";
  why->token = verb;
  why->decided = 1;
  return r;
}
