/*
** speech.c: reported speech.  Most sentences of the news are somebody's
** words: "وقال وزير الخارجية إن ..."، "وأضاف: \"...\"".  A verb of saying
** ([markers] report, in dict/clauses.txt) that no pattern read is noted
** with its speaker while the sentence is coded; its speaker becomes the
** subject of its clause, so that "أعلن ترامب أنه سيوقف" and "، مضيفا أن"
** are his.  When the sentence is done, what the verb governs (the clause
** after its أن or its quote) is looked at: if an event was coded there,
** the speaker's words were that event (an appeal, an accusation, a threat,
** or news of what others did) and nothing more is coded, unless all it holds
** is what the speaker will do: that is its intent or threat, or violence
** another side did to the speaker's country or to civilians: that accuses
** it; if none was, the
** speaker made a public statement (010), aimed at the first actor of
** another country that the words name.  Only a political speaker's words
** are a statement: a state, one of its bodies, a party or armed group, an
** international organisation; not witnesses, journalists or residents.
*/
#include <stdlib.h>
#include "code/coder.h"

#define REFERRED_REACH 4   /* words after "في إشارة إلى" to whom a statement refers */
#define FORCE_REACH 3      /* words after what the speaker's side will do to a word of a strike */

/* The code of the speaker of statement K: its group's, or the subject of
** the sentence before; NULL when it is no single plain actor. */
static const char *speaker_code(const hd_coder *c, size_t k) {
  int g = c->speech[k].speaker;
  if (g < 0) return c->subject[0] ? c->subject : NULL;
  const hd_actor *a = &c->actors[c->groups[g].first];
  /* a state body with no country speaks for the place, when there is one */
  int body = a->bare && a->why[0] && (a->why[0]->flags & HD_AGENT_BODY) && (c->nplaces || c->setting[0]);
  if ((a->weak || a->bare) && !body) return NULL;
  if (a->kind != HD_ACT_PLAIN || strlen(a->code) < 3) return NULL;
  return a->code;
}

const char *hd_speaker_at(const hd_coder *c, size_t verb) {
  for (size_t k = 0; k < c->nspeech; k++)
    if (c->speech[k].verb == verb) return speaker_code(c, k);
  return NULL;
}

/* Is CODE one whose words are a political statement (not a private
** person's, a witness's or a journalist's)? */
static int is_political(const char *code) {
  static const char *const private_roles[] = {"CVL", "UAF", "CRM", "MED", "REF", "EDU", "HLH", "BUS", "AGR", "LAB"};
  for (size_t k = 0; k < HD_ARRAY_LEN(private_roles); k++) {
    if (!strncmp(code, private_roles[k], 3)) return 0;
    if (strlen(code) >= 6 && !strncmp(code + 3, private_roles[k], 3)) return 0;
  }
  return 1;
}

/* "وأضاف المتحدث، لوكالة فرانس برس، أن ...": a spokesman named by the
** word alone, with the article, right after a verb of saying that opens
** the sentence, is the one who spoke in the sentence before.  (Called for
** the verb at VERB.) */
static int spokesman_again(const hd_coder *c, size_t verb) {
  static const char *const spokesman[] = {   /* المتحدث المتحدثه الناطق الناطقه */
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaa\xd8\xad\xd8\xaf\xd8\xab",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaa\xd8\xad\xd8\xaf\xd8\xab\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x86\xd8\xa7\xd8\xb7\xd9\x82", "\xd8\xa7\xd9\x84\xd9\x86\xd8\xa7\xd8\xb7\xd9\x82\xd9\x87"};
  static const char *const then[] = {"\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x86\xd9\x87", "\xd8\xa7\xd9\x86\xd9\x87\xd8\xa7",
                                    "\xd9\x81\xd9\x8a"};   /* ان انه انها في */
  size_t i = verb + 1;
  if (i + 1 >= c->ntokens || c->actor_at[i] >= 0 || !hd_tok_in(c, i, spokesman, HD_ARRAY_LEN(spokesman))) return 0;
  /* (not "المتحدث باسم الجيش"، "المتحدث الأمني بوزارة الداخلية"، "المتحدثة
  ** ماريا زاخاروفا": only the word, then its words or a comma) */
  return c->tokens[i + 1].kind == HD_TOK_PUNCT || hd_tok_in(c, i + 1, then, HD_ARRAY_LEN(then));
}

/* Notes the verb of saying at token VERB with SPEAKER (a group, or -1 for
** the speaker of the sentence before), who becomes the subject of clause
** CL, the verb's. */
static void add_speech(hd_coder *c, hd_clause *cl, size_t verb, int speaker, const hd_pattern *p) {
  if (cl->subject < 0) cl->subject = speaker;
  if (cl->subject == speaker && speaker >= 0) cl->speaker = 1;
  c->speech[c->nspeech].verb = (uint32_t)verb;
  c->speech[c->nspeech].speaker = speaker;
  c->speech[c->nspeech].p = p;
  c->nspeech++;
}

/* Is the verb of saying at token I a participle (مؤكدا، مشيرا، مضيفا:
** م, and ا at its end), which says what the subject of its clause did,
** not the actor named right before it? */
static int saying_participle(const hd_coder *c, size_t i) {
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  return n >= 8 && !memcmp(w, "\xd9\x85", 2) && !memcmp(w + n - 2, "\xd8\xa7", 2);
}

/* Is the word W (N bytes, folded) one of the verbs of saying of [markers]
** report, alone? */
static int reporting(const hd_coder *c, const char *w, size_t n) {
  uint32_t id = hd_dict_word(c->dict, w, n);
  if (id == HD_NO_WORD) return 0;
  for (const hd_marker *mk = hd_dict_first_marker(c->dict, id); mk; mk = hd_dict_next_marker(c->dict, mk))
    if (mk->kind == HD_MARK_REPORT && mk->nwords == 1) return 1;
  return 0;
}

/* The gender of the verb of saying at token I: 2 feminine ("قالت"،
** "وأضافت"، "تقول"، "مؤكدة"), 1 masculine ("قال"، "وأضاف"، "يقول"،
** "مؤكدا"), 0 when it shows none (a plural, "قالوا"; a word that is no
** verb of saying).  A verb before its subject is singular whatever the
** subject's number, and takes its gender: "قال مسؤولون" is 1, "قالت
** الوزارة" 2. */
int hd_saying_gender(const hd_coder *c, size_t i) {
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  if (n < 4 || !reporting(c, w, n)) return 0;
  const char *end = w + n - 2;
  if (!memcmp(end - 2, "\xd9\x88", 2) && (!memcmp(end, "\xd8\xa7", 2) || !memcmp(end, "\xd9\x86", 2)))
    return 0;                                             /* وا، ون */
  if (!memcmp(end, "\xd8\xaa", 2) && reporting(c, w, n - 2)) return 2;    /* ت */
  if (!memcmp(w, "\xd9\x85", 2) && !memcmp(end, "\xd9\x87", 2)) return 2;   /* مـ...ة, folded: a participle's */
  if (!memcmp(w, "\xd8\xaa", 2) && n < 64) {              /* تـ of the present: is يـ a verb of saying? */
    char buf[64];
    memcpy(buf, "\xd9\x8a", 2);
    memcpy(buf + 2, w + 2, n - 2);
    if (reporting(c, buf, n)) return 2;
  }
  return 1;
}

/* Is clause K one the sentence tells itself, its main clause or a verb
** joined to it ("ورفضت جمهورية التشيك مزاعم روسيا، وقال وزير الخارجية
** التشيكي"), up to the top: not words that someone says, a clause that
** hangs from a noun or one of its own ("بعد أن قال وزير خارجيته")? */
int hd_told_clause(const hd_coder *c, int k) {
  for (; k >= 0; k = c->clauses[k].parent) {
    int kind = c->clauses[k].kind;
    if (kind != HD_CLAUSE_MAIN && kind != HD_CLAUSE_COORD) return 0;
  }
  return 1;
}

/* May the verb at token VERB, with no subject of its own, go on with the
** speaker of the sentence before?  Not a verb in the feminine after a
** speaker named with a verb in the masculine ("قال ترامب ..." then
** "وأضافت") or by the title of a man.  (The other way round it may: "وقالت
** السفارة ..." then "وتابع", the statement's words.) */
int hd_goes_on(const hd_coder *c, size_t verb) {
  if (!c->subject[0]) return 0;
  return !((c->subject_his || c->subject_gender == 1) && hd_saying_gender(c, verb) == 2);
}

/* Is token I a word of the name the speaker of the sentences before was
** named with ("وقالت بارلي" after "وزيرة الدفاع الفرنسية فلورنس بارلي")? */
static int named_again(const hd_coder *c, size_t i) {
  if (i >= c->ntokens || c->tokens[i].kind != HD_TOK_WORD || !c->subject[0]) return 0;
  for (size_t k = 0; k < c->nsubject_name; k++)
    if (hd_tok_is(c, i, c->subject_name[k])) return 1;
  return 0;
}

void hd_note_speech(hd_coder *c, size_t verb, const hd_pattern *p, int source) {
  if (c->nspeech == HD_MAX_SPEECH) return;
  /* "شكر أردوغان أمير قطر على \"وقوفه لجانب تركيا\" مؤكدا": the
  ** participle's speaker is the subject of its clause, named before the
  ** verb's object */
  const hd_clause *own = &c->clauses[c->clause_at[verb]];
  int speaker = saying_participle(c, verb) && own->subject >= 0 && (size_t)c->groups[own->subject].tok_end <= verb
                    ? own->subject
                    : hd_subject_of(c, verb, 1);
  /* "وأضاف: ..." goes on with the speaker of the sentence before, as does
  ** "وأضاف المتحدث" */
  int again = speaker < 0 && c->clause_at[verb] == 0 && c->subject[0] &&
              (hd_sentence_initial(c, verb) || (hd_opens_sentence(c, verb) && spokesman_again(c, verb)));
  const hd_token *t = &c->tokens[verb];
  /* (but not in another gender than the speaker's, nor a verb of the
  ** feminine, "وقالت"، "وأضافت", after a man named by his title: its
  ** speaker is one the dictionaries do not know) */
  if (again && !hd_goes_on(c, verb)) {
    again = 0;
    if (c->explain)
      fprintf(c->explain, "  said   \"%.*s\": a verb in the feminine, not %s of the sentence before, named as a man\n",
              (int)tok_len(t), tok_text(c, t), c->subject);
  }
  /* (and a speaker named again by a word of the name the speaker before
  ** was named with is that speaker: "وقالت بارلي") */
  if (speaker < 0 && !again && hd_told_clause(c, c->clause_at[verb]) && named_again(c, verb + 1) &&
      hd_goes_on(c, verb)) {
    again = 1;
    if (c->explain)
      fprintf(c->explain, "  said   \"%.*s\": by %s, named before with \"%.*s\"\n", (int)tok_len(t), tok_text(c, t),
              c->subject, (int)tok_len(t + 1), tok_text(c, t + 1));
  }
  /* (the statement pattern read there may know its subject where the
  ** verb alone does not: "وكتب مدير مكتب رئيس الوزراء على تويتر أن") */
  if (speaker < 0 && !again && p && source >= 0) speaker = source;
  if (speaker < 0 && !again) {
    /* a speaker the dictionaries do not know: the sentences after it are
    ** not the last known speaker's */
    if (c->clause_at[verb] == 0) c->unknown_speaker = 1;
    return;
  }
  add_speech(c, &c->clauses[c->clause_at[verb]], verb, speaker, p);
}

int hd_label_speaker(const hd_coder *c, size_t colon) {
  if (colon == 0 || c->actor_at[colon - 1] < 0) return -1;
  int g = c->actor_at[colon - 1];
  const hd_group *gr = &c->groups[g];
  if (gr->tok_start != 0 || gr->tok_end != colon) return -1;
  const hd_actor *a = &c->actors[gr->first];
  if (a->kind != HD_ACT_PLAIN || a->bare || strlen(a->code) < 6) return -1;
  return g;
}

/* A colon that labels its speaker ("ماكرون: اتصالي مع ترامب") is a verb
** of saying; the speaker is the subject of the sentence's main clause,
** where it stands (the colon opens the clause of what it says). */
void hd_note_label(hd_coder *c, size_t colon) {
  int speaker = hd_label_speaker(c, colon);
  if (c->nspeech == HD_MAX_SPEECH || speaker < 0) return;
  add_speech(c, &c->clauses[0], colon, speaker, NULL);
}

/* Is the word at G, which governs a clause, a word of history right after
** the verb at VERB and its speaker ("وقالت الوزارة آنذاك إن"، "قالت في
** السابق إن")?  It stands for the verb: its words are the verb's, told as
** history. */
static int history_word(const hd_coder *c, int32_t g, size_t verb) {
  if (g <= (int32_t)verb || c->clause_at[g] != c->clause_at[verb] || !hd_marker_here(c, (size_t)g, HD_MARK_BACKGROUND))
    return 0;
  size_t words = 0;
  for (size_t i = verb + 1; i < (size_t)g; i++)
    if (c->actor_at[i] >= 0) i = c->groups[c->actor_at[i]].tok_end - 1;
    else if (c->tokens[i].kind == HD_TOK_WORD) words++;
  return words <= 4;
}

/* Does clause K open with a verb of saying and a speaker of its own,
** right after its opener ("بينما قالت إسبانيا إنها"، "فيما قالت واشنطن
** إنها")?  Not one that goes on with the same speaker ("لكنه أضاف"،
** "حيث قال في تغريدته"). */
static int says_anew(const hd_coder *c, int k) {
  const hd_clause *cl = &c->clauses[k];
  if (cl->kind != HD_CLAUSE_ADVERBIAL) return 0;
  for (size_t i = cl->opener + 1; i + 1 < cl->end && i <= cl->opener + 2; i++)
    if (c->tokens[i].kind == HD_TOK_WORD && hd_marker_here(c, i, HD_MARK_REPORT) && c->actor_at[i + 1] >= 0) return 1;
  return 0;
}

/* Is clause K what the verb at token VERB governs, or inside it?  Not
** when, between them, a clause of its own opens with another verb of
** saying: "وقالت مالطا إنه لا يوجد ما يلزمها، بينما قالت إسبانيا إنها
** ليست المقصد" says nothing of Spain's words in Malta's. */
static int governed_by(const hd_coder *c, int k, size_t verb) {
  for (; k >= 0; k = c->clauses[k].parent) {
    if (c->clauses[k].governor == (int32_t)verb || history_word(c, c->clauses[k].governor, verb)) return 1;
    if (says_anew(c, k)) return 0;
  }
  return 0;
}

/* The word of history that governs the words of the verb at VERB, as
** governed_by() allows ("وقالت الوزارة آنذاك إن"), or -1. */
static long history_of_words(const hd_coder *c, size_t verb) {
  for (size_t k = 0; k < c->nclauses; k++)
    if (history_word(c, c->clauses[k].governor, verb)) return c->clauses[k].governor;
  return -1;
}

/* Is CODE the state or one of its bodies (RUS, RUSGOV, RUSMIL), not a
** party, an opposition or people of the country? */
static int is_state(const char *code) { return strlen(code) < 6 || hd_state_body(code); }

static int candidate(const hd_coder *c, int g, const char *own);

/* Is an actor that may be the target (see candidate()) named within two
** words after the marker MK at token I: "نطالب السلطات الأوكرانية"، "يجب
** على طهران"?  A demand on ourselves ("يتعين علينا البقاء") is none. */
static int addressed_after(const hd_coder *c, size_t i, const hd_marker *mk, int speaker, const char *own) {
  for (size_t j = i + mk->nwords, k = 0; j < c->ntokens && k <= 2; j++, k++) {
    int g = c->actor_at[j];
    if (g >= 0) return g != speaker && candidate(c, g, own);
    if (c->tokens[j].kind == HD_TOK_PUNCT) return 0;
  }
  return 0;
}

/* Is an actor that may be the target named right before token I, as the
** one bound: "أن النظام السوري يجب أن يحاسب"? */
static int addressed_before(const hd_coder *c, size_t i, int speaker, const char *own) {
  int g = i > 0 ? c->actor_at[i - 1] : -1;
  return g >= 0 && g != speaker && candidate(c, g, own);
}

/* Does token I open the words of its clause: right after its opener (أن،
** إن, a quotation mark) or first in it? */
static int heads_words(const hd_coder *c, size_t i) {
  const hd_clause *k = &c->clauses[c->clause_at[i]];
  return i == k->start || i == k->opener + 1 || (i > 0 && is_transparent(&c->tokens[i - 1]) && i - 1 <= k->opener + 1);
}

/* Verbs of being and becoming in the present, which tell no act. */
static const char *const be_words[] = {   /* يكون تكون نكون اكون يصبح تصبح يظل تظل يبقي تبقي */
  "\xd9\x8a\xd9\x83\xd9\x88\xd9\x86", "\xd8\xaa\xd9\x83\xd9\x88\xd9\x86",
  "\xd9\x86\xd9\x83\xd9\x88\xd9\x86", "\xd8\xa7\xd9\x83\xd9\x88\xd9\x86",
  "\xd9\x8a\xd8\xb5\xd8\xa8\xd8\xad", "\xd8\xaa\xd8\xb5\xd8\xa8\xd8\xad",
  "\xd9\x8a\xd8\xb8\xd9\x84", "\xd8\xaa\xd8\xb8\xd9\x84",
  "\xd9\x8a\xd8\xa8\xd9\x82\xd9\x8a", "\xd8\xaa\xd8\xa8\xd9\x82\xd9\x8a"};

/* Is token I a verb in the future by its shape: the future's سـ read on
** a verb the dictionaries know ("ستفرض"), or سـ before the prefix of an
** imperfect (سيـ، ستـ، سنـ، سأ) on a word that does not end as a noun
** does (not "سيارة"، "سنوات")?  Verbs of being and becoming ("سيكون"،
** "ستظل") tell no act. */
static int future_verb(const hd_coder *c, size_t i) {
  if (c->tokens[i].kind != HD_TOK_WORD) return 0;
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  if (n > 2 && !memcmp(w, "\xd8\xb3", 2)) {   /* سـ before a verb of being: "سيكون"، "ستظل" */
    for (size_t k = 0; k < HD_ARRAY_LEN(be_words); k++)
      if (hd_text_is(w + 2, n - 2, be_words[k])) return 0;
  }
  if (hd_reading_with(c, i, HD_CL_FUTURE)) return 1;
  /* "سوف تخرج": the future told by its own word, before a verb in the
  ** present (not one of being: "سوف يكون") */
  static const char *const sawfa[] = {"\xd8\xb3\xd9\x88\xd9\x81"};   /* سوف */
  if (hd_tok_in(c, i, sawfa, 1)) {
    if (i + 1 >= c->ntokens || c->tokens[i + 1].kind != HD_TOK_WORD || hd_tok_in(c, i + 1, be_words, HD_ARRAY_LEN(be_words))) return 0;
    size_t m;
    const char *v = hd_after_conj(c, i + 1, &m);
    return m > 4 && (!memcmp(v, "\xd9\x8a", 2) || !memcmp(v, "\xd8\xaa", 2) || !memcmp(v, "\xd9\x86", 2) ||
                     !memcmp(v, "\xd8\xa7", 2));   /* يـ تـ نـ أـ */
  }
  if (n < 10 || memcmp(w, "\xd8\xb3", 2)) return 0;   /* سـ and four letters */
  static const char *const prefixes[] = {"\xd9\x8a", "\xd8\xaa", "\xd9\x86", "\xd8\xa7"};   /* ي ت ن ا (أ folded) */
  int prefix = 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(prefixes); k++) prefix |= !memcmp(w + 2, prefixes[k], 2);
  static const char *const noun_ends[] = {"\xd9\x87", "\xd8\xa7\xd8\xaa", "\xd9\x8a\xd9\x87"};   /* ه (ة folded) ات يه */
  for (size_t k = 0; prefix && k < HD_ARRAY_LEN(noun_ends); k++) {
    size_t e = strlen(noun_ends[k]);
    if (n > e && !memcmp(w + n - e, noun_ends[k], e)) return 0;
  }
  return prefix;
}

/* Does token I open with the future of "we" or "I" (سنـ، سأ)? */
static int first_person(const hd_coder *c, size_t i) {
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  return n > 4 && (!memcmp(w, "\xd8\xb3\xd9\x86", 4) || !memcmp(w, "\xd8\xb3\xd8\xa7", 4));   /* سن سا */
}

/* "قالت الكويت إنها ستقدم مشروع قرار"، "أعلن أنه سيسحب مشروع القانون"،
** "قال إن بلاده ستنشر"، "وتابع: \"سنرسل ...\"": the token of the verb
** in the future that opens the words a verb of saying governs, when its
** subject is the speaker's own side: the pronoun of أنه، the speaker's
** country named as its own ("بلاده"، "حكومتها") or by name, or "we"; -1
** when the words open otherwise. */
static long own_future(const hd_coder *c, size_t verb, const char *own) {
  static const char *const ours[] = {   /* بلاده بلادها بلادنا حكومته حكومتها حكومتنا ادارته ادارتها نحن */
    "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x87", "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x87\xd8\xa7",
    "\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf\xd9\x86\xd8\xa7", "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x87",
    "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x87\xd8\xa7", "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x86\xd8\xa7",
    "\xd8\xa7\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xaa\xd9\x87", "\xd8\xa7\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xaa\xd9\x87\xd8\xa7",
    "\xd9\x86\xd8\xad\xd9\x86"};
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    if (cl->governor != (int32_t)verb) continue;
    size_t i = cl->kind == HD_CLAUSE_QUOTE ? cl->start + 1 : cl->opener + 1;
    while (i < cl->end && is_transparent(&c->tokens[i])) i++;
    if (i >= cl->end) return -1;
    int pronoun = cl->kind == HD_CLAUSE_COMPLEMENT && hd_reading_with(c, cl->opener, HD_CL_SUFFIX);
    int g = c->actor_at[i];
    if (!pronoun && hd_tok_in(c, i, ours, HD_ARRAY_LEN(ours))) i++;
    else if (!pronoun && g >= 0 && c->groups[g].tok_start == i && !hd_is_weak(c, g) &&
             !strncmp(c->actors[c->groups[g].first].code, own, 3))
      i = c->groups[g].tok_end;
    else if (!pronoun && !first_person(c, i))
      return -1;
    return i < cl->end && future_verb(c, i) ? (long)i : -1;
  }
  return -1;
}

/* "ستوجه ضربة إلى سوريا"، "ستوسع هجومها": does a word of a strike
** ([markers] strike: ضربة، هجوم، غارات، قصف) stand within FORCE_REACH
** words after the verb at FROM, in the words VERB governs? */
static int force_after(const hd_coder *c, size_t verb, size_t from) {
  for (size_t i = from + 1, words = 0; i < c->ntokens && words < FORCE_REACH; i++) {
    if (c->tokens[i].kind != HD_TOK_WORD) continue;
    if (!governed_by(c, c->clause_at[i], verb)) break;
    words++;
    if (hd_marker_at(c, i, HD_MARK_STRIKE)) return 1;
  }
  return 0;
}

/* "سأنسحب من القمة إن لم تكن مثمرة"، "ستنقض الاتفاق ما لم تسفر المحادثات"،
** "ستلبي احتياجاتها من مكان آخر إذا لم تسمح الولايات المتحدة": does a
** condition of what is not done (إن لم، إذا لم، ما لم، وإلا) follow token
** FROM in the words VERB governs? */
static int unless_another(const hd_coder *c, size_t verb, size_t from) {
  static const char *const if_[] = {"\xd8\xa7\xd9\x86", "\xd8\xa7\xd8\xb0\xd8\xa7", "\xd9\x85\xd8\xa7"};   /* ان اذا ما */
  for (size_t i = from + 1; i < c->ntokens; i++) {
    if (c->tokens[i].kind != HD_TOK_WORD || !governed_by(c, c->clause_at[i], verb)) continue;
    if (hd_tok_is(c, i, "\xd9\x84\xd9\x85") && hd_tok_in(c, i - 1, if_, HD_ARRAY_LEN(if_))) return 1;   /* لم */
    if (hd_tok_is(c, i, "\xd9\x88\xd8\xa7\xd9\x84\xd8\xa7")) return 1;   /* والا */
  }
  return 0;
}

/* The words that make what is said firm, in the order they decide: a
** threat, a demand, an appeal, a rejection, a denial. */
#define NFIRM 5
static const struct { int kind; const char *code; } firm[NFIRM] = {
  {HD_MARK_THREATEN, "130"}, {HD_MARK_DEMAND, "100"}, {HD_MARK_APPEAL, "020"}, {HD_MARK_REJECT, "120"},
  {HD_MARK_DENY, "016"}};

/* Is EV the code of one of the firm words above? */
static int firm_code(const char *ev) {
  for (size_t k = 0; k < HD_ARRAY_LEN(firm); k++)
    if (!strcmp(ev, firm[k].code)) return 1;
  return 0;
}

/* "أكدت الولايات المتحدة أن كيم جونغ أون مستعد لبحث": is the word of
** intent at I said of another, an actor named right before it who is not
** the speaker nor of the speaker's own side?  That intent is the other's,
** which the speaker only reports. */
static int others_intent(const hd_coder *c, size_t i, int speaker, const char *own) {
  /* (not a verb joined by و to the clause before, whose object that actor
  ** is: "سترفع المسألة أمام منظمة التجارة العالمية وستعمل مع دول أخرى") */
  if (i == 0 || c->actor_at[i - 1] < 0 || hd_reading_with(c, i, HD_CL_CONJ)) return 0;
  int g = c->actor_at[i - 1];
  if (g == speaker || hd_is_weak(c, g)) return 0;
  const char *code = c->actors[c->groups[g].first].code;
  if (own && own[0] && !strncmp(code, own, 3)) return 0;
  if (c->explain)
    fprintf(c->explain, "  tone   \"%.*s\" said of %s, named right before it: its intent, which the speaker reports\n",
            (int)tok_len(&c->tokens[i]), tok_text(c, &c->tokens[i]), code);
  return 1;
}

/* The code of words that hold no event.  A word of threat ("لن نسمح"،
** "سنرد") makes them a threat (130); else a word of demand ("نطالب"، "يجب
** على") a demand (100); else a word of appeal ("ندعو"، "نحث") an appeal
** (020); else a word of rejection ("نرفض"، "لن نقبل") a rejection (120);
** else a criticism (111) when they use more words of disapproval
** ("جرائم"، "غير مقبول") or of harm ("خطير"، "إرهاب") than of approval,
** *BLAME telling whether a word of disapproval is among them; else an
** intent to cooperate (030) when they hold a word of it ("مستعدون"، "سنعمل
** مع") or open with what the speaker's side will do (a threat of force,
** 138, when that is a strike: "ستوجه ضربة"); else praise (051)
** when more of approval ("نرحب"، "إيجابي"), else a statement (010). */
static const char *statement_code(const hd_coder *c, size_t verb, int speaker, const char *own, const hd_marker **why,
                                  long *at, long *future, int *blame) {
  static const char *const alaa = "\xd8\xb9\xd9\x84\xd9\x8a";   /* على */
  static const char *const fighting[] = {   /* مكافحه لمكافحه بمكافحه محاربه لمحاربه بمحاربه مواجهه لمواجهه بمواجهه ضد */
    "\xd9\x85\xd9\x83\xd8\xa7\xd9\x81\xd8\xad\xd9\x87", "\xd9\x84\xd9\x85\xd9\x83\xd8\xa7\xd9\x81\xd8\xad\xd9\x87",
    "\xd8\xa8\xd9\x85\xd9\x83\xd8\xa7\xd9\x81\xd8\xad\xd9\x87", "\xd9\x85\xd8\xad\xd8\xa7\xd8\xb1\xd8\xa8\xd9\x87",
    "\xd9\x84\xd9\x85\xd8\xad\xd8\xa7\xd8\xb1\xd8\xa8\xd9\x87", "\xd8\xa8\xd9\x85\xd8\xad\xd8\xa7\xd8\xb1\xd8\xa8\xd9\x87",
    "\xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87\xd9\x87", "\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87\xd9\x87",
    "\xd8\xa8\xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87\xd9\x87", "\xd8\xb6\xd8\xaf"};
  int against = 0, for_ = 0;
  long first_against = -1, first_for = -1, first_firm[NFIRM] = {-1, -1, -1, -1, -1}, first_intent = -1;
  const hd_marker *why_against = NULL, *why_for = NULL, *why_firm[NFIRM] = {NULL, NULL, NULL, NULL, NULL}, *why_intent = NULL;
  for (size_t i = 0; i < c->ntokens; i++) {
    if (c->tokens[i].kind != HD_TOK_WORD || !governed_by(c, c->clause_at[i], verb)) continue;
    const hd_marker *mk;
    /* (not "لا يتوجب على"; a demand or appeal names whom it is made of;
    ** "على" alone demands only at the head of the words: "أن على روسيا
    ** التركيز على ...") */
    for (size_t k = 0; k < HD_ARRAY_LEN(firm); k++)
      if (first_firm[k] < 0 && (mk = hd_marker_here(c, i, firm[k].kind)) && !hd_is_negation(c, i) &&
          (firm[k].kind == HD_MARK_THREATEN || firm[k].kind == HD_MARK_REJECT || firm[k].kind == HD_MARK_DENY ||
           addressed_after(c, i, mk, speaker, own) ||
           (firm[k].kind == HD_MARK_DEMAND && addressed_before(c, i, speaker, own))) &&
          !(mk->nwords == 1 && !strcmp(hd_dict_word_text(c->dict, mk->word[0]), alaa) &&
            !(hd_tok_in(c, i, &alaa, 1) && heads_words(c, i)))) {   /* "على" itself, not "عليهم" */
        why_firm[k] = mk;
        first_firm[k] = (long)i;
      }
    if (first_intent < 0 && (mk = hd_marker_here(c, i, HD_MARK_INTEND)) && !hd_is_negation(c, i) &&
        !(i > 0 && hd_tok_is(c, i - 1, "\xd8\xba\xd9\x8a\xd8\xb1")) &&   /* (not "غير مستعد") */
        !others_intent(c, i, speaker, own)) {
      why_intent = mk;
      first_intent = (long)i;
    }
    /* (a word of tone right after a negation says nothing: "ليس بالأمر
    ** الجيد"، "بأن لا يعرقل النظام") */
    /* (nor one right after a word of fighting it: "جهود مكافحة الإرهاب"،
    ** "دخلت سوريا لمحاربة التطرف") */
    if ((mk = hd_marker_here(c, i, HD_MARK_DISAPPROVE)) || (mk = hd_marker_here(c, i, HD_MARK_ADVERSE))) {
      if (hd_negated_word(c, i) || (i > 0 && hd_tok_in(c, i - 1, fighting, HD_ARRAY_LEN(fighting)))) continue;
      if (mk->kind == HD_MARK_DISAPPROVE) *blame = 1;
      if (!against++) { why_against = mk; first_against = (long)i; }
      continue;
    }
    if ((mk = hd_marker_here(c, i, HD_MARK_APPROVE)) && !hd_negated_word(c, i) && !for_++) { why_for = mk; first_for = (long)i; }
  }
  for (size_t k = 0; k < HD_ARRAY_LEN(firm); k++)
    if (why_firm[k]) { *why = why_firm[k]; *at = first_firm[k]; return firm[k].code; }
  if (why_intent && against <= for_) { *why = why_intent; *at = first_intent; return "030"; }
  /* "قالت الكويت إنها ستقدم مشروع قرار": what the speaker's side will do;
  ** unless another does what it asks, a threat; and one of force, a
  ** threat of it: "قال إن إدارته ستوجه ضربة إلى سوريا" */
  if (against <= for_ && (*future = own_future(c, verb, own)) >= 0) {
    *why = NULL;
    *at = *future;
    return force_after(c, verb, (size_t)*future) ? "138" : unless_another(c, verb, (size_t)*future) ? "130" : "030";
  }
  *why = against > for_ ? why_against : for_ > against ? why_for : NULL;
  *at = against > for_ ? first_against : for_ > against ? first_for : -1;
  return against > for_ ? "111" : for_ > against ? "051" : "010";
}

/* Are the state OWN (or one of its bodies) and ACTOR of one country, ACTOR
** the state itself, one of its bodies, its people or its leading figures? */
static int own_state_said(const char *own, const char *actor) {
  return is_state(own) && !strncmp(own, actor, 3) &&
         (is_state(actor) || hd_has_role(actor, "CVL") || hd_has_role(actor, "ELI"));
}

/* Words of a place that a country's name or adjective after them only
** locates: borders, seas, straits, coasts, an island, the vicinity (not
** "الجزيرة", also a channel: "قناة الجزيرة القطرية"). */
static const char *const geography[] = {   /* الحدود حدود بحر البحر مضيق سواحل السواحل ساحل الساحل جزيره محيط المحيط قباله خليج */
  "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf", "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf",
  "\xd8\xa8\xd8\xad\xd8\xb1", "\xd8\xa7\xd9\x84\xd8\xa8\xd8\xad\xd8\xb1",
  "\xd9\x85\xd8\xb6\xd9\x8a\xd9\x82", "\xd8\xb3\xd9\x88\xd8\xa7\xd8\xad\xd9\x84",
  "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x88\xd8\xa7\xd8\xad\xd9\x84", "\xd8\xb3\xd8\xa7\xd8\xad\xd9\x84",
  "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xad\xd9\x84", "\xd8\xac\xd8\xb2\xd9\x8a\xd8\xb1\xd9\x87",
  "\xd9\x85\xd8\xad\xd9\x8a\xd8\xb7", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xad\xd9\x8a\xd8\xb7",
  "\xd9\x82\xd8\xa8\xd8\xa7\xd9\x84\xd9\x87", "\xd8\xae\xd9\x84\xd9\x8a\xd8\xac"};
static const char *const guards[] = {   /* قوات حرس خفر شرطه */
  "\xd9\x82\xd9\x88\xd8\xa7\xd8\xaa", "\xd8\xad\xd8\xb1\xd8\xb3", "\xd8\xae\xd9\x81\xd8\xb1",
  "\xd8\xb4\xd8\xb1\xd8\xb7\xd9\x87"};

/* Is group G a country alone, named right after one of the N WORDS? */
static int country_after(const hd_coder *c, int g, const char *const *words, size_t n) {
  size_t at = c->groups[g].tok_start;
  return strlen(c->actors[c->groups[g].first].code) == 3 && at > 0 && hd_tok_in(c, at - 1, words, n);
}

/* Does group G, a country alone, name only where something is: a border,
** a sea, a strait or a coast ("قرب الحدود السورية"، "عبر مضيق تايوان"،
** "قبالة السواحل الليبية"، "بحر الصين الجنوبي"), or the land a border is
** with ("قرب الحدود مع الأردن")?  Not when the word is of a force ("قوات
** حدود بريطانية"). */
static int located(const hd_coder *c, int g) {
  static const char *const with[] = {"\xd9\x85\xd8\xb9"};   /* مع */
  static const char *const border[] = {   /* الحدود حدود حدودها حدوده الحدودي الحدوديه */
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf", "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf",
    "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x87\xd8\xa7", "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf\xd9\x8a\xd9\x87"};
  size_t at = c->groups[g].tok_start;
  /* "الحدود مع الأردن"، "معبر نصيب الحدودي مع الأردن" */
  if (country_after(c, g, with, 1)) return at > 1 && hd_tok_in(c, at - 2, border, HD_ARRAY_LEN(border));
  return country_after(c, g, geography, HD_ARRAY_LEN(geography)) && !(at > 1 && hd_tok_in(c, at - 2, guards, HD_ARRAY_LEN(guards)));
}

/* Does group G, a country alone, name where something goes to or lies
** between, or what is around it ("وصلوا إلى اليمن"، "المنطقة منزوعة
** السلاح بين سوريا وإسرائيل"، "مناورات حول تايوان")?  (Not after من,
** which names who acts as often as where from: "خطوات من كوريا
** الشمالية"، "اعتراضا من الولايات المتحدة".) */
static int placed(const hd_coder *c, int g) {
  static const char *const where[] = {   /* الي بين حول */
    "\xd8\xa7\xd9\x84\xd9\x8a", "\xd8\xa8\xd9\x8a\xd9\x86", "\xd8\xad\xd9\x88\xd9\x84"};
  return country_after(c, g, where, HD_ARRAY_LEN(where));
}

/* Is group G a country's nisba alone on a noun of what words are about, an
** agreement, a programme, a file, a crisis, a conflict, a war, a cause, an
** affair or a land, with one adjective between at most ("الاتفاق النووي
** الإيراني"، "الاتفاق الروسي-التركي"، "الحرب السورية"، "القضية
** الفلسطينية"، "الأراضي السورية")?  It names a topic, not whom the words
** are aimed at. */
static int topic_nisba(const hd_coder *c, int g) {
  static const char *const topics[] = {   /* الاتفاق اتفاق الاتفاقيه البرنامج برنامج الملف ملف الازمه ازمه الصراع النزاع الحرب
                                            القضيه الشان الاراضي */
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82", "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\xd9\x8a\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xa8\xd8\xb1\xd9\x86\xd8\xa7\xd9\x85\xd8\xac", "\xd8\xa8\xd8\xb1\xd9\x86\xd8\xa7\xd9\x85\xd8\xac",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x84\xd9\x81", "\xd9\x85\xd9\x84\xd9\x81",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb2\xd9\x85\xd9\x87", "\xd8\xa7\xd8\xb2\xd9\x85\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xb5\xd8\xb1\xd8\xa7\xd8\xb9", "\xd8\xa7\xd9\x84\xd9\x86\xd8\xb2\xd8\xa7\xd8\xb9",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb1\xd8\xa8", "\xd8\xa7\xd9\x84\xd9\x82\xd8\xb6\xd9\x8a\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xb4\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xb6\xd9\x8a"};
  const hd_actor *a = &c->actors[c->groups[g].first];
  size_t at = c->groups[g].tok_start;
  if (strlen(a->code) != 3 || !a->why[0] || a->why[0]->kind != HD_ENT_ADJ || at == 0) return 0;
  if (hd_tok_in(c, at - 1, topics, HD_ARRAY_LEN(topics))) return 1;
  return at > 1 && c->actor_at[at - 1] < 0 && c->tokens[at - 1].kind == HD_TOK_WORD && hd_tok_in(c, at - 2, topics, HD_ARRAY_LEN(topics));
}

/* May group G be the target of words said by OWN: a plain actor with a
** country, not the speaker; of the speaker's own country only another
** body or side ("قادة الجيش" for the presidency, "الحزب الحاكم" for the
** opposition), never the state itself? */
static int candidate(const hd_coder *c, int g, const char *own) {
  static const char *const per[] = {   /* وفق وفقا حسب بحسب نقلا (عن) */
    "\xd9\x88\xd9\x81\xd9\x82", "\xd9\x88\xd9\x81\xd9\x82\xd8\xa7", "\xd8\xad\xd8\xb3\xd8\xa8",
    "\xd8\xa8\xd8\xad\xd8\xb3\xd8\xa8", "\xd9\x86\xd9\x82\xd9\x84\xd8\xa7"};
  const hd_actor *a = &c->actors[c->groups[g].first];
  if (a->kind != HD_ACT_PLAIN || a->bare || strlen(a->code) < 3 || !strcmp(a->code, own)) return 0;
  /* who reported the words ("وفق وكالة إرنا"، "نقلا عن مصادر") or wrote
  ** them down (a journalist, a paper) is not whom they are about */
  if (strlen(a->code) >= 6 && !strncmp(a->code + 3, "MED", 3)) return 0;
  size_t at = c->groups[g].tok_start;
  for (size_t k = 1; k <= 2 && k <= at; k++)
    if (hd_tok_in(c, at - k, per, HD_ARRAY_LEN(per))) return 0;
  /* a country named where something is ("في الولايات المتحدة"، "داخل
  ** سوريا") is not whom the words are about */
  static const char *const in[] = {"\xd9\x81\xd9\x8a", "\xd8\xaf\xd8\xa7\xd8\xae\xd9\x84"};   /* في داخل */
  if (country_after(c, g, in, HD_ARRAY_LEN(in))) return 0;
  if (located(c, g)) return 0;
  /* the speaker's own, named with its pronoun ("وفدها"، "قواته") */
  if (!strncmp(a->code, own, 3) && c->groups[g].tok_end == at + 1 && hd_reading_with(c, at, HD_CL_SUFFIX)) return 0;
  return strncmp(a->code, own, 3) || !(strlen(a->code) == 3 || (strlen(own) == 3 && is_state(a->code)) ||
                                       (strlen(own) >= 6 && !strcmp(a->code + 3, own + 3)));
}

/* What the verb governs: whether it holds words at all, whether an event
** was coded in it, the first actor it names that is not the speaker (-1
** when none) and, when it names none, the first place it names in
** another country than the speaker's (*PLACE, -1 when none). */
static int content(const hd_coder *c, size_t verb, int speaker, const char *own, long tone, int plain, int *events,
                   int *target, int *place) {
  int any = 0;
  *events = 0;
  *target = -1;
  *place = -1;
  for (size_t k = 0; k < c->nclauses; k++) {
    if (!governed_by(c, (int)k, verb)) continue;
    any = 1;
    /* (2: only events that may be or are not: "نرفض أي مفاوضات") */
    if (c->clauses[k].events > c->clauses[k].unreal) *events = 1;
    else if (c->clauses[k].events && !*events) *events = 2;
  }
  if (!any || *events == 1) return any;
  /* the first actor, or the last one before the word that gave the words
  ** their tone ("انسحاب أميركا ... خرقا") */
  int no_one = 0;   /* the words are aimed at no one: no later actor, nor a place */
  for (size_t g = 0; g < c->ngroups; g++) {
    if ((int)g == speaker || !governed_by(c, c->clause_at[c->groups[g].tok_start], verb)) continue;
    /* (words that first name a country as where something is, "قبالة
    ** السواحل الليبية", are about that place: those named after it are
    ** further from whom they are aimed at, "توزيع المهاجرين على فرنسا
    ** وألمانيا") */
    if (*target < 0 && located(c, (int)g)) {
      no_one = 1;
      break;
    }
    /* (and so do plain words that first name one as where something goes,
    ** what lies between or what is around: "قالت المفوضية إن 87 ألف مهاجر
    ** وصلوا إلى اليمن") */
    if (plain && *target < 0 && placed(c, (int)g)) {
      no_one = 1;
      break;
    }
    /* (or first name one by the nisba of what they are about: "قال إنه
    ** سيعلن قراره بشأن الاتفاق النووي الإيراني"، "إن الاتفاق الروسي التركي
    ** يشكل خطوة") */
    if (plain && *target < 0 && topic_nisba(c, (int)g)) {
      no_one = 1;
      break;
    }
    if (!candidate(c, (int)g, own)) continue;
    /* ("قال ماتيس إن الجيش الأمريكي مستمر في دعم الجهود"، "أعلنت وزارة
    ** الدفاع الروسية أن السلطات الروسية أقامت مركزا": what a state says
    ** plainly of its own bodies or people first is aimed at no one) */
    if (plain && *target < 0 && own_state_said(own, c->actors[c->groups[g].first].code)) {
      no_one = 1;
      break;
    }
    if (*target >= 0 && (tone < 0 || (long)c->groups[g].tok_start > tone)) break;
    *target = (int)g;
  }
  /* else, in words of a tone, a country it names as a place ("الروهينجا
  ** يواجهون إرهابا في ميانمار") or its capital ("النظام في كييف"); not a
  ** town, which may be of any country, nor any place in plain words, which
  ** is where things are: "الحل في اليمن مبني على المبادرة الخليجية"،
  ** "الهجوم مستمر في واغادوغو"، "القمة ستعقد في الرياض" */
  for (size_t k = 0; k < c->nplaces && *target < 0 && *place < 0 && !no_one && !plain; k++) {
    const hd_place *pl = &c->places[k];
    if ((pl->kind == HD_ENT_NAME || pl->kind == HD_ENT_CAPITAL) && governed_by(c, c->clause_at[pl->tok_start], verb) &&
        strncmp(pl->country, own, 3))
      *place = (int)k;
  }
  return any;
}

/* Is the verb at VERB one of telling someone (أبلغ، أخبر), whose object
** is whom it was told to? */
int hd_tells(const hd_coder *c, size_t verb) {
  static const char *const tell[] = {   /* ابلغ ابلغت يبلغ تبلغ ابلغوا اخبر اخبرت يخبر تخبر */
    "\xd8\xa7\xd8\xa8\xd9\x84\xd8\xba", "\xd8\xa7\xd8\xa8\xd9\x84\xd8\xba\xd8\xaa",
    "\xd9\x8a\xd8\xa8\xd9\x84\xd8\xba", "\xd8\xaa\xd8\xa8\xd9\x84\xd8\xba",
    "\xd8\xa7\xd8\xa8\xd9\x84\xd8\xba\xd9\x88\xd8\xa7", "\xd8\xa7\xd8\xae\xd8\xa8\xd8\xb1",
    "\xd8\xa7\xd8\xae\xd8\xa8\xd8\xb1\xd8\xaa", "\xd9\x8a\xd8\xae\xd8\xa8\xd8\xb1", "\xd8\xaa\xd8\xae\xd8\xa8\xd8\xb1"};
  return hd_tok_in(c, verb, tell, HD_ARRAY_LEN(tell));
}

/* Is the verb at VERB one of describing (وصف، يصف، واصفا)?  What it
** governs ("بأنه ...") is said of its object. */
static int describes(const hd_coder *c, size_t verb) {
  static const char *const describe[] = {   /* وصف وصفت يصف تصف وصفوا يصفون واصفا واصفه */
    "\xd9\x88\xd8\xb5\xd9\x81", "\xd9\x88\xd8\xb5\xd9\x81\xd8\xaa", "\xd9\x8a\xd8\xb5\xd9\x81",
    "\xd8\xaa\xd8\xb5\xd9\x81", "\xd9\x88\xd8\xb5\xd9\x81\xd9\x88\xd8\xa7",
    "\xd9\x8a\xd8\xb5\xd9\x81\xd9\x88\xd9\x86", "\xd9\x88\xd8\xa7\xd8\xb5\xd9\x81\xd8\xa7",
    "\xd9\x88\xd8\xa7\xd8\xb5\xd9\x81\xd9\x87"};
  static const char *const pronoun[] = {   /* none, ه ها هم هما (وصفه، ووصفتها) */
    "", "\xd9\x87", "\xd9\x87\xd8\xa7", "\xd9\x87\xd9\x85", "\xd9\x87\xd9\x85\xd8\xa7"};
  /* (the word itself, or after its و or ف: وصف begins with a و of its own) */
  size_t n = tok_len(&c->tokens[verb]);
  const char *w = tok_text(c, &c->tokens[verb]);
  for (int peel = 0; peel < 2; peel++) {
    for (size_t k = 0; k < HD_ARRAY_LEN(describe); k++) {
      size_t d = strlen(describe[k]);
      if (n < d || memcmp(w, describe[k], d)) continue;
      for (size_t p = 0; p < HD_ARRAY_LEN(pronoun); p++)
        if (n - d == strlen(pronoun[p]) && !memcmp(w + d, pronoun[p], n - d)) return 1;
    }
    if (n <= 2 || (memcmp(w, "\xd9\x88", 2) && memcmp(w, "\xd9\x81", 2))) break;
    w += 2, n -= 2;
  }
  return 0;
}

/* Whom the verb of describing at VERB describes: the first actor named
** after it and its speaker and before the words it governs, the object
** itself or its owner ("وصف كينيدي لافروف بأنه"، "وصف لافروف الاتهامات
** الأميركية بأنها هراء" describes the United States' words); -1 if none. */
static int described(const hd_coder *c, size_t verb, int speaker, const char *own) {
  /* (the words it governs, or that a noun after it took for its own:
  ** "وصف ليبرمان إعلان ترمب بأنه شجاع") */
  size_t opener = c->ntokens;
  for (size_t k = 0; k < c->nclauses; k++)
    if (c->clauses[k].governor >= (int32_t)verb && c->clauses[k].opener > verb && c->clauses[k].opener < opener &&
        (size_t)c->clauses[k].governor < c->clauses[k].opener)
      opener = c->clauses[k].opener;
  if (opener == c->ntokens) return -1;
  size_t after = speaker >= 0 && c->groups[speaker].tok_start > verb ? c->groups[speaker].tok_end : verb + 1;
  for (size_t i = after; i < opener; i++) {
    if (is_stop(&c->tokens[i])) return -1;
    int g = c->actor_at[i];
    /* (nor the speaker named again: "وزير الدفاع الإسرائيلي، أفيغدور ليبرمان،") */
    if (g < 0 || g == speaker || !strcmp(c->actors[c->groups[g].first].code, own)) continue;
    return candidate(c, g, own) ? g : -1;
  }
  return -1;
}

/* Whom the verb of saying at VERB addresses, when its words name no one:
** the object of a verb of telling ("أبلغ ماكرون نظيره الأمريكي بأن قراره
** خطأ"), or the one named with ل after it ("قال لبومبيو إن"), right after
** the verb or its speaker; never a journalist or an agency ("قال لوكالة
** فرانس برس"); -1 when none. */
static int addressee(const hd_coder *c, size_t verb, int speaker, const char *own) {
  int tells = hd_tells(c, verb);
  /* (right after the verb or its speaker: "قال الرئيس السابق لزيمبابوي"
  ** and "خلال زيارته لأنقرة" name no addressee) */
  size_t after = speaker >= 0 && c->groups[speaker].tok_start > verb ? c->groups[speaker].tok_end : verb + 1;
  for (size_t g = 0; g < c->ngroups; g++) {
    size_t at = c->groups[g].tok_start;
    if (at < after || (int)g == speaker) continue;
    /* (the object of telling may follow a name the dictionaries lack:
    ** "وأبلغ السيناتور الأمريكي كينيدي وزير الخارجية الروسي") */
    size_t gap = 0;
    for (size_t i = after; i < at && tells; i++)
      if (c->tokens[i].kind != HD_TOK_WORD || hd_has_preposition(c, i) || hd_marker_at(c, i, HD_MARK_COMPLEMENT)) gap = 9;
      else gap++;
    if (at > after + (tells && gap <= 2 ? gap : 0)) break;
    size_t wn;
    const char *aw = hd_after_conj(c, at, &wn);
    /* (a country named so ends the speaker's title: "المبعوث الأممي لسوريا") */
    int lam = wn > 2 && !memcmp(aw, "\xd9\x84", 2) && hd_has_preposition(c, at) &&   /* ل */
              strlen(c->actors[c->groups[g].first].code) > 3;
    return (tells || lam) && candidate(c, (int)g, own) ? (int)g : -1;
  }
  return -1;
}

/* "وقال ... \"الأمر يتعلق بأمن الدولة\"، في إشارة إلى الخلاف مع كندا"،
** "وفي إشارة إلى رفض دول أوروبا الشرقية خاصة المجر ...، قال الرئيس
** الفرنسي": the one named in the words that say whom a statement refers to
** (في إشارة إلى، في إشارة منه إلى، في إشارة لـ), the first within
** REFERRED_REACH words after them, is whom words that name no one are
** aimed at; -1 when none. */
static int referred(const hd_coder *c, int speaker, const char *own) {
  static const char *const in[] = {"\xd9\x81\xd9\x8a"};   /* في */
  static const char *const sign[] = {"\xd8\xa7\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x87"};   /* اشاره */
  static const char *const of_own[] = {"\xd9\x85\xd9\x86\xd9\x87", "\xd9\x85\xd9\x86\xd9\x87\xd8\xa7",
                                       "\xd9\x85\xd9\x86\xd9\x87\xd9\x85"};   /* منه منها منهم */
  static const char *const to[] = {"\xd8\xa7\xd9\x84\xd9\x8a"};   /* الي */
  for (size_t i = 0; i + 2 < c->ntokens; i++) {
    if (!hd_tok_in(c, i, in, 1) || !hd_tok_in(c, i + 1, sign, 1)) continue;
    size_t at = i + 2;
    if (at < c->ntokens && hd_tok_in(c, at, of_own, HD_ARRAY_LEN(of_own))) at++;
    if (at >= c->ntokens || c->tokens[at].kind != HD_TOK_WORD) continue;
    /* (إلى, or ل on the next word: "في إشارة للسعودية") */
    if (hd_tok_in(c, at, to, 1)) at++;
    else if (!hd_has_preposition(c, at)) continue;
    for (size_t k = at, words = 0; k < c->ntokens && words < REFERRED_REACH; k++) {
      if (c->tokens[k].kind != HD_TOK_WORD) break;
      int g = c->actor_at[k];
      if (g >= 0 && g != speaker) return candidate(c, g, own) ? g : -1;
      words++;
    }
    return -1;
  }
  return -1;
}

/* "قال ترامب إنه سيلتقي كيم"، "قالت المكسيك إنها ستفرض رسوما على السلع
** الأمريكية": words that hold only what the speaker, or its state, will
** do are its intent to cooperate (03) or its threat (13), aimed at whom it
** will act on (*TARGET).  NULL when they hold anything else, or what
** someone else will do. */
static const char *intent_of(const hd_coder *c, size_t verb, int speaker, const char *own, int *target) {
  static const char *const by_root[21] = {[4] = "036",  [5] = "032",  [6] = "031",  [7] = "033",
                                          [8] = "035",  [14] = "133", [16] = "131", [17] = "130",
                                          [18] = "138", [19] = "138", [20] = "138"};
  const char *code = NULL;
  *target = -1;
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    if (!governed_by(c, (int)k, verb) || !cl->events) continue;
    if (cl->planned != cl->events) return NULL;   /* something done, not only to come */
    if (code || cl->planner < 0) continue;
    const char *who = c->actors[c->groups[cl->planner].first].code;
    if (cl->planner != speaker && strncmp(who, own, 3)) continue;
    int r = root_of(cl->planned_code);
    if (r < 0 || r > 20 || cl->planned_target < 0) return NULL;
    /* (what it will do unless another does as it asks is a threat,
    ** whatever it is: "ستنسحب من الاتفاق ما لم يتم إصلاحه") */
    code = r < 13 && unless_another(c, verb, cl->opener) ? "130" : by_root[r];
    if (!code) return NULL;
    *target = cl->planned_target;
  }
  return code;
}

/* Is every event that may be or is not, in the words VERB governs, one
** of cooperation (CAMEO roots 01 to 09: talks, aid, agreement)? */
static int only_cooperation(const hd_coder *c, size_t verb) {
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    if (!governed_by(c, (int)k, verb) || !cl->unreal) continue;
    int r = root_of(cl->unreal_code);
    if (r < 1 || r > 9) return 0;
  }
  return 1;
}

/* "قال ماكرون إن لدى بلاده دليلا على أن الجيش السوري شن هجوما"، "قال
** مسؤولون أتراك إنهم يعتقدون أن خاشقجي قتل": words that hold only what
** another is believed, suspected or shown by evidence to have done accuse
** it (112); *TARGET is the doer they name.  NULL when they hold anything
** else, name no doer but the speaker's own side, or only report the claims
** of others ("إن المزاعم بأن ...", which the speaker may deny). */
static const char *accusation_of(const hd_coder *c, size_t verb, int speaker, const char *own, int *target) {
  static const char *const beliefs[] = {   /* دليل دليلا ادله الادله الدلايل دلايل يعتقد تعتقد يعتقدون نعتقد اعتقد يشتبه للاشتباه بالاشتباه */
    "\xd8\xaf\xd9\x84\xd9\x8a\xd9\x84", "\xd8\xaf\xd9\x84\xd9\x8a\xd9\x84\xd8\xa7", "\xd8\xa7\xd8\xaf\xd9\x84\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaf\xd9\x84\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xaf\xd9\x84\xd8\xa7\xd9\x8a\xd9\x84",
    "\xd8\xaf\xd9\x84\xd8\xa7\xd9\x8a\xd9\x84", "\xd9\x8a\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf", "\xd8\xaa\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf",
    "\xd9\x8a\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf\xd9\x88\xd9\x86", "\xd9\x86\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf", "\xd8\xa7\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf",
    "\xd9\x8a\xd8\xb4\xd8\xaa\xd8\xa8\xd9\x87", "\xd9\x84\xd9\x84\xd8\xa7\xd8\xb4\xd8\xaa\xd8\xa8\xd8\xa7\xd9\x87",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb4\xd8\xaa\xd8\xa8\xd8\xa7\xd9\x87"};
  *target = -1;
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    if (!governed_by(c, (int)k, verb) || !cl->events) continue;
    if (cl->alleged != cl->events) return NULL;
    if (*target < 0 && cl->accused >= 0 && cl->accused != speaker && cl->accused_by >= 0 &&
        hd_tok_in(c, (size_t)cl->accused_by, beliefs, HD_ARRAY_LEN(beliefs)) && candidate(c, cl->accused, own))
      *target = cl->accused;
  }
  return *target >= 0 ? "112" : NULL;
}

/* "قال الجيش الإسرائيلي إن حماس أطلقت صواريخ على جنوده": words that tell of
** violence another side did to the speaker's own country, or to civilians
** of any, accuse it (112), besides the violence itself; *TARGET is the
** doer.  NULL when the doer is the speaker's own, of no country, or the
** violence struck another country's state. */
static const char *attack_told(const hd_coder *c, size_t verb, int speaker, const char *own, int *target) {
  /* (a monitor or a medium that counts the dead is no side) */
  if (hd_has_role(own, "HRI") || hd_has_role(own, "MED") || !strncmp(own, "NGO", 3)) return NULL;
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    /* (told as news, in what the verb governs itself; not a strike the
    ** words judge: "اعتبرت دمشق أن الضربات التي نفذتها الولايات المتحدة فاشلة") */
    if (cl->kind != HD_CLAUSE_COMPLEMENT && cl->kind != HD_CLAUSE_QUOTE) continue;
    if (!governed_by(c, (int)k, verb) || cl->events <= cl->unreal || cl->subject < 0 || cl->subject == speaker ||
        cl->subject_root < 18 || cl->subject_root > 20 || cl->subject_noun || cl->object < 0 || cl->object == speaker)
      continue;
    const char *doer = c->actors[c->groups[cl->subject].first].code;
    const char *struck = c->actors[c->groups[cl->object].first].code;
    /* (or civilians, of any country: "قالت تركيا إن قوات النظام قصفت
    ** المدنيين") */
    int civilians = hd_has_role(struck, "CVL") || hd_has_role(struck, "REF") || hd_has_role(struck, "HLH") ||
                    hd_has_role(struck, "EDU");
    if (strlen(doer) < 3 || !strncmp(doer, own, 3) || hd_has_role(doer, "UAF") || (strlen(struck) < 3 && !civilians) ||
        (strncmp(struck, own, 3) && !civilians) || !candidate(c, cl->subject, own))
      continue;
    *target = cl->subject;
    return "112";
  }
  return NULL;
}

/* Does the sentence name no actor but the speaker, group SPEAKER (-1 when
** the speaker is not named in it)? */
static int alone(const hd_coder *c, int speaker) {
  for (size_t g = 0; g < c->ngroups; g++)
    if ((int)g != speaker) return 0;
  return 1;
}

int hd_code_statements(hd_coder *c, hd_day (*date_of)(hd_coder *, hd_match *, void *), void *user) {
  static const hd_pattern statement = {.nelem = 1, .nwords = 1};
  for (size_t k = 0; k < c->nspeech && !c->stop; k++) {
    size_t verb = c->speech[k].verb;
    int speaker = c->speech[k].speaker, events, target;
    const char *code = speaker_code(c, k);
    /* "أعلنت الخارجية الفرنسية ... وأكدت الوزارة أن": a state body named
    ** without its country, in an article whose speaker before was of a
    ** state, is that state's, not the place's it speaks of */
    char resolved[HD_CODE_MAX];
    if (code && speaker >= 0 && c->actors[c->groups[speaker].first].bare && strlen(code) == 3 && c->subject[0] &&
        strlen(c->subject) >= 3 && !hd_is_international(c->subject)) {
      hd_country_role(resolved, c->subject, code);
      code = resolved;
      speaker = -1;
    }
    const hd_marker *tone;
    long tone_at = -1, future = -1;
    int blame = 0;
    const char *ev = code ? statement_code(c, verb, speaker, code, &tone, &tone_at, &future, &blame) : "010";
    int place;
    if (!code || !content(c, verb, speaker, code, tone_at, !strcmp(ev, "010"), &events, &target, &place)) continue;
    /* (words of describing are aimed at whom they describe, whoever else
    ** they name: "ووصف الرئيس الاتفاق النووي مع إيران بأنه كارثي") */
    int describing = describes(c, verb);
    if (!events && describing) {
      int d = described(c, verb, speaker, code);
      if (d >= 0) target = d, place = -1;
    }
    /* (words that name no one are aimed at whom they were told to, else
    ** at whom they are said to refer to) */
    if (target < 0 && !events) {
      int a = addressee(c, verb, speaker, code);
      if (a < 0) a = referred(c, speaker, code);
      if (a >= 0) target = a, place = -1;
    }
    int aimed = target;   /* (whom words of only what may be are aimed at) */
    const char *intent = events ? intent_of(c, verb, speaker, code, &target) : NULL;
    if (events && !intent) intent = accusation_of(c, verb, speaker, code, &target);
    if (events && !intent) intent = attack_told(c, verb, speaker, code, &target);
    if (events && !intent) target = aimed;
    /* "قال: \"نرفض أي مفاوضات مع الولايات المتحدة\"": words that hold only
    ** what may be or is not are a threat, a demand, an appeal or a
    ** rejection when a word of one says so, and an intent to cooperate
    ** when a word of intent does and what may be is cooperation ("قال إن
    ** بلاده منفتحة على إجراء مفاوضات مع"; not "مستعدة لفرض عقوبات") */
    if (events && !intent && !(events == 2 && tone && (firm_code(ev) || (!strcmp(ev, "030") && only_cooperation(c, verb)))))
      continue;
    if (intent) {
      ev = intent;
      tone = NULL;
      place = -1;
    } else if (target < 0 && place < 0 && !firm_code(ev) && !(!strcmp(ev, "111") && blame)) {
      /* a tone aimed at no one is a statement ("الوضع خطير"); but a
      ** threat, a demand, an appeal, a rejection ("إسرائيل لن تسمح") or
      ** words of blame ("هذا غير مقبول"، "جرائم حرب") stay what they are,
      ** an act done to someone the text does not name (--incomplete prints
      ** it) */
      ev = "010";
      tone = NULL;
    }
    /* (a description is a judgement: one whose words say neither blame
    ** nor praise, nor any other act, is not coded as a statement) */
    if (!strcmp(ev, "010") && describing) {
      if (c->explain) fprintf(c->explain, "  said   in describing, with no word of tone: no statement coded\n");
      continue;
    }
    if (!is_political(code)) {
      if (c->explain) fprintf(c->explain, "  said   by %s: not a political speaker, no statement coded\n", code);
      continue;
    }
    /* "أعلنت السلطات السودانية أن 22 تلميذا لقوا مصرعهم نتيجة غرق مركب"،
    ** "قالت السلطات إن زلزالا هز المباني": words of a disaster or an
    ** accident, in a sentence that names no one but the speaker, tell no
    ** politics */
    long mishap = !strcmp(ev, "010") && target < 0 && !events && alone(c, speaker) ? hd_marker_in_sentence(c, HD_MARK_MISHAP) : -1;
    if (mishap >= 0) {
      if (c->explain)
        fprintf(c->explain, "  said   of a disaster or an accident (\"%.*s\"), aimed at no one: no statement coded\n",
                (int)tok_len(&c->tokens[mishap]), tok_text(c, &c->tokens[mishap]));
      continue;
    }
    hd_pattern p = statement;
    snprintf(p.code, sizeof p.code, "%s", ev);
    const hd_marker *mk = hd_marker_here(c, verb, HD_MARK_REPORT);
    if (mk) { p.file = mk->file; p.line = mk->line; }
    else if (c->speech[k].p) { p.file = c->speech[k].p->file; p.line = c->speech[k].p->line; }
    hd_match m;
    memset(&m, 0, sizeof m);
    m.p = &p;
    m.anchor = m.last = verb;
    m.words[m.nwords++] = (uint32_t)verb;
    m.source = speaker;
    m.prior = speaker < 0 ? code : NULL;   /* the sentence before's speaker, or the state body's */
    m.target = target;
    m.victim = -1;
    if (target < 0 && place >= 0) {
      const hd_place *pl = &c->places[place];
      snprintf(m.target_code, sizeof m.target_code, "%s", pl->country);
      m.target_from = pl->tok_start;
      m.target_to = pl->tok_end;
    }
    hd_day day = date_of(c, &m, user);
    /* "قال إنه سيلتقي كيم في 12 يونيو"، "أعلنت أنها ستفرض الجمعة رسوما": a
    ** date near is of what is to come; the intent is told on the article's */
    if (intent && (m.realis == HD_REALIS_PLANNED || m.realis == HD_REALIS_ACTUAL)) {
      m.realis = HD_REALIS_ACTUAL;
      day = c->ref;
    }
    /* ("وقال البيت الأبيض إنه سيبدأ العمل بالرسوم الجديدة في 13 آب": a day
    ** to come in the words is theirs; a verb of saying in the past said
    ** them on the article's day) */
    if (m.realis == HD_REALIS_PLANNED && day != HD_NO_DAY && c->ref != HD_NO_DAY && day > c->ref && hd_past_verb(c, verb)) {
      m.realis = HD_REALIS_ACTUAL;
      memset(&m.realis_why, 0, sizeof m.realis_why);
      day = c->ref;
    }
    /* "وقال المرصد، ومقره بريطانيا، وقتها إنه ...": words said at a time of
    ** history are history, with no day unless their own */
    long then = m.realis == HD_REALIS_ACTUAL ? history_of_words(c, verb) : -1;
    if (then >= 0) {
      m.realis = HD_REALIS_BACKGROUND;
      m.realis_why = (hd_realis_why){hd_marker_here(c, (size_t)then, HD_MARK_BACKGROUND), NULL, (size_t)then, 0, 0, 0, 0, 0};
      if (day == c->ref) day = HD_NO_DAY;
    }
    if (c->explain) {
      hd_explain_match(c, &m, NULL);
      if (intent)
        fprintf(c->explain, "  %s %s: %s\n", strcmp(ev, "112") ? "intent" : "claim ", ev,
                strcmp(ev, "112") ? "what the speaker says it will do" : "what the speaker says another did");
      if (tone)
        fprintf(c->explain, "  tone   %s: \"%s\" (%s:%u)\n", ev, hd_dict_word_text(c->dict, tone->word[0]),
                hd_dict_file(c->dict, tone->file), (unsigned)tone->line);
      else if (future >= 0 && !intent && strcmp(ev, "010"))
        fprintf(c->explain, "  %s %s: \"%.*s\", what the speaker's side will do%s\n", strcmp(ev, "130") ? "intent" : "threat", ev,
                (int)tok_len(&c->tokens[future]), tok_text(c, &c->tokens[future]),
                strcmp(ev, "130") ? "" : " unless another does (إن لم، إذا لم، ما لم، وإلا)");
      if (m.realis != HD_REALIS_ACTUAL) hd_explain_realis(c, &m);
    }
    if (hd_code_match(c, &m, day)) return -1;
  }
  return 0;
}
