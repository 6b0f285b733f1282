/*
** patterns.c: verb patterns at each word.  Tries the [verbs] patterns
** anchored at a token, finds their further words within reach, and fills
** their $ and + slots from the groups that stand between them, in the
** order Arabic puts subject and object.  The best reading at an anchor
** wins.
*/
#include <stdlib.h>
#include "code/coder.h"

/* Does "على" at token I open "على الأقل"، a phrase of number, not a
** preposition? ("أدى الهجوم لمقتل 26 شخصا على الأقل" names no one attacked) */
static int at_least(const hd_coder *c, size_t i) {
  return i + 1 < c->ntokens && hd_tok_is(c, i, "\xd8\xb9\xd9\x84\xd9\x8a") &&
         hd_tok_is(c, i + 1, "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x82\xd9\x84");   /* علي الاقل */
}

/* Does the element EL hold the names of two days of the week or more
** (without their article, as dict/verbs.txt lists them: "تظاهر ...
** اليوم|الجمعة|السبت")?  Then it names a time. */
static int names_days(const hd_coder *c, const hd_pat_elem *el) {
  static const char *const days[] = {   /* احد اثنين ثلاثاء اربعاء خميس جمعه سبت */
    "\xd8\xa7\xd8\xad\xd8\xaf", "\xd8\xa7\xd8\xab\xd9\x86\xd9\x8a\xd9\x86", "\xd8\xab\xd9\x84\xd8\xa7\xd8\xab\xd8\xa7\xd8\xa1",
    "\xd8\xa7\xd8\xb1\xd8\xa8\xd8\xb9\xd8\xa7\xd8\xa1", "\xd8\xae\xd9\x85\xd9\x8a\xd8\xb3", "\xd8\xac\xd9\x85\xd8\xb9\xd9\x87",
    "\xd8\xb3\xd8\xa8\xd8\xaa"};
  int n = 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(days) && n < 2; k++) {
    uint32_t w = hd_dict_word(c->dict, days[k], strlen(days[k]));
    n += w != HD_NO_WORD && hd_pat_elem_has(c->dict, el, w);
  }
  return n >= 2;
}

/* Does a reading of token I hold a word of EL?  A day of the week is no
** word with the article unless EL names days: "الجمعة" is Friday, never
** ال and "جمعه" ("القمة التي تعقد الجمعة" is no meeting that brought
** him together with anyone). */
static int token_has_word(const hd_coder *c, size_t i, const hd_pat_elem *el) {
  const hd_token *t = &c->tokens[i];
  if (!t->in_pattern || at_least(c, i)) return 0;
  for (size_t k = 0; k < t->nana; k++) {
    if (!hd_pat_elem_has(c->dict, el, c->ana[t->ana + k].word)) continue;
    if ((c->ana[t->ana + k].flags & HD_CL_ARTICLE) && hd_day_word(c, i) && !names_days(c, el)) continue;
    return 1;
  }
  return 0;
}

static size_t time_aside(const hd_coder *c, size_t i);

/* Is token I + 1 the word of token I again, its pronoun off, after و
** ("بينه وبين")? */
static int same_word_again(const hd_coder *c, size_t i) {
  if (i + 1 >= c->ntokens || !c->tokens[i].nana || !c->tokens[i + 1].nana) return 0;
  uint32_t w = c->ana[c->tokens[i].ana].word;
  const hd_token *t = &c->tokens[i + 1];
  for (size_t k = 0; k < t->nana; k++) {
    const hd_analysis *a = &c->ana[t->ana + k];
    if (a->word == w && (a->flags & HD_CL_CONJ) && !(a->flags & HD_CL_SUFFIX)) return 1;
  }
  return 0;
}

/* Does token I read as a preposition of EL only with a pronoun on it
** ("بينها"، "معه"، "عليه" for بين، مع، على)?  A preposition so read has
** its object in the pronoun (a noun's pronoun is its owner: "حصارها"). */
static int preposition_with_pronoun(const hd_coder *c, size_t i, const hd_pat_elem *el) {
  static const char *const preps[] = {   /* علي الي مع بين ضد عن من نحو تجاه باتجاه عند لدي حول بشان ازاء */
    "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a", "\xd9\x85\xd8\xb9", "\xd8\xa8\xd9\x8a\xd9\x86",
    "\xd8\xb6\xd8\xaf", "\xd8\xb9\xd9\x86", "\xd9\x85\xd9\x86", "\xd9\x86\xd8\xad\xd9\x88",
    "\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87", "\xd8\xa8\xd8\xa7\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87",
    "\xd8\xb9\xd9\x86\xd8\xaf", "\xd9\x84\xd8\xaf\xd9\x8a", "\xd8\xad\xd9\x88\xd9\x84",
    "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86", "\xd8\xa7\xd8\xb2\xd8\xa7\xd8\xa1"};
  const hd_token *t = &c->tokens[i];
  int with = 0;
  for (size_t k = 0; k < t->nana; k++) {
    const hd_analysis *a = &c->ana[t->ana + k];
    if (!hd_pat_elem_has(c->dict, el, a->word)) continue;
    if ((a->flags & (HD_CL_SUFFIX | HD_CL_ALEF)) != HD_CL_SUFFIX) return 0;
    const char *w = hd_dict_word_text(c->dict, a->word);
    int prep = 0;
    for (size_t p = 0; p < HD_ARRAY_LEN(preps) && !prep; p++) prep = !strcmp(w, preps[p]);
    if (!prep) return 0;
    with = 1;
  }
  return with;
}

/* Does token I carry a possessive pronoun ("سفيرها"، "قواته"; not the
** accusative's alef, "جنودا")? */
static int own_pronoun(const hd_coder *c, size_t i) {
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++)
    if ((c->ana[t->ana + k].flags & (HD_CL_SUFFIX | HD_CL_ALEF)) == HD_CL_SUFFIX) return 1;
  return 0;
}

/* Next token from POS holding a word of EL, within GAP words not
** counting actors and quotes, in the clause CL, one coordinated with it or
** a relative clause inside it, or the word that opens another clause
** inside CL ("أن"); -1 when none. */
static long find_word(const hd_coder *c, int cl, size_t pos, const hd_pat_elem *el) {
  int gap = 0;
  for (size_t i = pos; i < c->ntokens; i++) {
    /* a pattern may name the words of a relative clause inside its own
    ** ("أدان الهجوم الذي استهدف"): those are passed over by slots only */
    int r = hd_reach(c, cl, i), in = c->clause_at[i];
    /* and of a quote inside it: "تأكيد أذربيجان وأرمينيا «على استعدادهما" */
    if (r < 0 && c->clauses[in].kind == HD_CLAUSE_QUOTE && in > cl && hd_clause_within(c, in, cl)) r = 1;
    if (r < 0)
      return in > cl && c->clauses[in].opener == i && hd_clause_within(c, in, cl) && token_has_word(c, i, el)
                 ? (long)i : -1;
    if (c->actor_at[i] >= 0) {
      const hd_group *g = &c->groups[c->actor_at[i]];
      /* "أسقطت الدفاعات الجوية طائرة إسرائيلية": a word of the pattern may
      ** open an actor of several words, which then fills the next slot; and
      ** it may be one word right after the word before, or after it and its
      ** subject ("هجوم مسلح"، "احتجز مسلح رهائن"), or with the pronoun of
      ** whose it is ("استدعت باكستان سفيرها"، "أرسلت قواتها"): the
      ** subject's own, no one else */
      int next = i == pos || (c->actor_at[pos] >= 0 && c->groups[c->actor_at[pos]].tok_end == i);
      if (i == g->tok_start && token_has_word(c, i, el) && (g->tok_end > i + 1 || next || own_pronoun(c, i)))
        return (long)i;
      i = g->tok_end - 1;
      continue;
    }
    /* (the words of what a deed answers are not the deed's: "قصفت ... ردا
    ** على إطلاق صواريخ على إسرائيل") */
    if (i > pos && hd_marker_here(c, i, HD_MARK_ANSWER)) return -1;
    if (c->tokens[i].kind == HD_TOK_WORD && token_has_word(c, i, el)) return (long)i;
    if (is_stop(&c->tokens[i]) && c->tokens[i].punct != '-') return -1;
    /* (a time set apart by commas is no word between them: "دعا المفوض
    ** ...، الأربعاء، تركيا إلى") */
    size_t aside = c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct == ',' && i > pos ? time_aside(c, i) : 0;
    if (aside) { i = aside; continue; }
    if (!is_transparent(&c->tokens[i]) && ++gap > GAP) return -1;
  }
  return -1;
}

/* A group led by a nisba on a common noun can be a target, never a source. */
int hd_is_weak(const hd_coder *c, int g) { return g >= 0 && c->actors[c->groups[g].first].weak; }

/* Does another group start right after group G? */
static int object_follows(const hd_coder *c, int g) {
  size_t j = c->groups[g].tok_end;
  return j < c->ntokens && c->actor_at[j] >= 0 && c->actor_at[j] != g;
}

/* Is group G followed by a count and the group it counts ("47 شخصا")? */
static int counted_object_follows(const hd_coder *c, int g) {
  size_t j = c->groups[g].tok_end, counts = 0;
  while (j < c->ntokens && counts < 3 && c->actor_at[j] < 0 && hd_is_count(c, j)) j++, counts++;
  return counts > 0 && j < c->ntokens && c->actor_at[j] >= 0;
}

/* Is group G led by the word of a state's forces as one body: an army,
** the police, forces, the occupation (الجيش، الشرطة، القوات، قوات الأمن،
** الاحتلال), or of an armed group's militia (ميليشيات الحوثي)?  Such a
** body is the one that kills, not one killed: no one writes that "the
** army was killed" (but "قتل جنديان"، "قتل ضابط شرطة", a soldier or an
** officer, are victims). */
static int forces_as_body(const hd_coder *c, int g) {
  static const char *const bodies[] = {   /* الجيش جيش الشرطه شرطه القوات قوات الاحتلال */
    "\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4", "\xd8\xac\xd9\x8a\xd8\xb4",
    "\xd8\xa7\xd9\x84\xd8\xb4\xd8\xb1\xd8\xb7\xd9\x87", "\xd8\xb4\xd8\xb1\xd8\xb7\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x82\xd9\x88\xd8\xa7\xd8\xaa", "\xd9\x82\xd9\x88\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xad\xd8\xaa\xd9\x84\xd8\xa7\xd9\x84",
    /* and an armed group's: ميليشيات الميليشيات ميليشيا الميليشيا مليشيات المليشيات مليشيا المليشيا */
    "\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7",
    "\xd9\x85\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7"};
  return hd_tok_in(c, c->groups[g].tok_start, bodies, HD_ARRAY_LEN(bodies));
}

/* Is token I a verb of killing or abducting whose passive is written as
** its active (قتل، قتلت، يقتل، خطف، اختطف، with a pronoun too: قتلته)?
** Not one whose subject suffers the act whatever the voice (تعرض، نجا،
** لقي مصرعه), nor one of interception (اعترض، أسقط), whose interceptor
** its patterns put right after it. */
static int killing_verb(const hd_coder *c, size_t i) {
  static const char *const stems[] = {   /* قتل يقتل تقتل خطف يخطف تخطف اختطف يختطف تختطف */
    "\xd9\x82\xd8\xaa\xd9\x84", "\xd9\x8a\xd9\x82\xd8\xaa\xd9\x84", "\xd8\xaa\xd9\x82\xd8\xaa\xd9\x84",
    "\xd8\xae\xd8\xb7\xd9\x81", "\xd9\x8a\xd8\xae\xd8\xb7\xd9\x81", "\xd8\xaa\xd8\xae\xd8\xb7\xd9\x81",
    "\xd8\xa7\xd8\xae\xd8\xaa\xd8\xb7\xd9\x81", "\xd9\x8a\xd8\xae\xd8\xaa\xd8\xb7\xd9\x81",
    "\xd8\xaa\xd8\xae\xd8\xaa\xd8\xb7\xd9\x81"};
  size_t len;
  const char *w = hd_after_conj(c, i, &len);
  for (size_t k = 0; k < HD_ARRAY_LEN(stems); k++) {
    size_t n = strlen(stems[k]);
    if (len >= n && !memcmp(w, stems[k], n)) return 1;
  }
  return 0;
}

/* Does token I carry a prefixed preposition (ب، ل، ك)? */
int hd_has_preposition(const hd_coder *c, size_t i) {
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++)
    if (!(c->ana[t->ana + k].flags & HD_CL_PREP)) return 0;   /* a reading without one */
  return t->nana > 0;
}

/* Does a word of the agent ("على يد"، "من قبل") stand within the three
** tokens before token I ("من قبل أحد الحوثيين")? */
static int agent_before(const hd_coder *c, size_t i) {
  for (size_t k = 1; k <= 3 && k <= i; k++)
    if (hd_marker_at(c, i - k, HD_MARK_AGENT)) return 1;
  return 0;
}

/* Is group B the source group A named again, after a comma right after A
** or after AFTER, a group that ends A's title ("الرئيس التركي، رجب طيب
** أردوغان"؛ "المفوض السامي في الأمم المتحدة، زيد رعد الحسين")? */
static int appositive(const hd_coder *c, int a, int after, int b) {
  size_t end = c->groups[after].tok_end;
  return end < c->ntokens && c->tokens[end].kind == HD_TOK_PUNCT && c->tokens[end].punct == ',' &&
         c->groups[b].tok_start == end + 1 && c->groups[a].count == 1 && c->groups[b].count == 1 &&
         !strcmp(c->actors[c->groups[a].first].code, c->actors[c->groups[b].first].code);
}

/* Is group B the body the source group A belongs to, named right after
** it with في as the end of its title ("المفوض السامي لحقوق الإنسان في
** الأمم المتحدة")? */
static int own_body(const hd_coder *c, int a, int b) {
  size_t end = c->groups[a].tok_end;
  const char *ac = c->actors[c->groups[a].first].code, *bc = c->actors[c->groups[b].first].code;
  size_t bn = strlen(bc);
  return end + 1 < c->ntokens && c->groups[b].tok_start == end + 1 && hd_tok_is(c, end, "\xd9\x81\xd9\x8a") &&   /* في */
         bn >= 3 && strlen(ac) > bn && !strncmp(ac, bc, bn);
}

/* Does the comma at token I open a time set apart by commas ("، مساء
** الأربعاء،"، "، الثلاثاء،"، "، أمس،")?  Returns the token of the comma
** that closes it, else 0. */
static size_t time_aside(const hd_coder *c, size_t i) {
  int timed = 0;
  for (size_t j = i + 1; j < c->ntokens && j <= i + 4; j++) {
    const hd_token *t = &c->tokens[j];
    if (t->kind == HD_TOK_PUNCT) return t->punct == ',' && timed && j > i + 1 ? j : 0;
    if (c->actor_at[j] >= 0) return 0;
    timed |= hd_day_word(c, j);
  }
  return 0;
}

/* Does token I follow a word that says what something is about (حول،
** بشأن، حيال)? */
static int about(const hd_coder *c, size_t i) {
  static const char *const words[] = {"\xd8\xad\xd9\x88\xd9\x84", "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86",
                                      "\xd8\xad\xd9\x8a\xd8\xa7\xd9\x84"};   /* حول بشان حيال */
  return i > 0 && hd_tok_in(c, i - 1, words, HD_ARRAY_LEN(words));
}

/* Is token I a word of the form of an adjective (ending in ي، ية، يا),
** without the article, that names no actor and no victims: "جوية" in
** "بغارات جوية روسية", between the word of an agent phrase and its nisba?
** (With the article, "القصف الجوي الإسرائيلي", the adjective is a word of
** the patterns that name the kind of strike.) */
static int adjective_of_agent(const hd_coder *c, size_t i) {
  if (i >= c->ntokens || c->tokens[i].kind != HD_TOK_WORD || c->actor_at[i] >= 0 || hd_marker_at(c, i, HD_MARK_VICTIM) ||
      hd_reading_with(c, i, HD_CL_ARTICLE))
    return 0;
  return hd_ends_in(c, i, "\xd9\x8a") || hd_ends_in(c, i, "\xd9\x8a\xd9\x87") || hd_ends_in(c, i, "\xd9\x8a\xd8\xa7");   /* ي يه يا */
}

/* Groups that start in [POS, END) within GAP words of each other, in the
** clause CL, fill the slots KINDS[0..N) in order; a counted group skips
** the source slot. */
static void fill_slots(const hd_coder *c, int cl, size_t pos, size_t end, const uint8_t *kinds, size_t n,
                       hd_match *m, int gap_max) {
  size_t k = 0;
  int gap = 0, counted = 0, title = -1;   /* (title: the body that ends the source's title) */
  for (size_t i = pos; i < end && k < n; i++) {
    int r = hd_reach(c, cl, i);
    if (r < 0) break;
    if (r == 0) continue;
    int g = c->actor_at[i];
    if (g < 0 && hd_is_count(c, i)) counted = 1;
    /* a counted group is the object, unless another follows it at once:
    ** "رشق مئات المتظاهرين قوات الأمن" has its subject counted */
    if (g >= 0 && counted && kinds[k] == HD_PAT_SOURCE && k + 1 < n && object_follows(c, g)) counted = 0;
    /* "قصفت مواقع داعش": what stands after a word of what is struck is
    ** struck, and so after another verb of striking ("بأعمال قصف استهدفت
    ** المقاتلين الحوثيين"); but after the pattern's own verb it is its
    ** subject ("قصفت الطائرات"), and right after a later word of the
    ** pattern it is where the pattern says ("في معارك ضد $") */
    int struck = g >= 0 && i > 0 && (i > pos || pos == m->anchor + 1) && c->actor_at[i - 1] < 0 &&
                 (!hd_is_verb(c, i - 1) || i - 1 != m->anchor) && hd_marker_at(c, i - 1, HD_MARK_VICTIM) == 1;
    /* a subject carries no preposition: in "ويلتقي بنظيره" the counterpart
    ** is met; but the meeting's own, named with ل right after its noun, is
    ** who meets ("اجتماع للحوثي مع نصرالله"), unless the noun has its
    ** pronoun ("زيارته للصين": where he went) */
    int own = g >= 0 && i == m->anchor + 1 && root_of(m->p->code) == 4 && !hd_reading_with(c, m->anchor, HD_CL_SUFFIX) &&
              !memcmp(tok_text(c, &c->tokens[i]), "\xd9\x84", 2);   /* ل */
    struck |= g >= 0 && hd_has_preposition(c, i) && !own;
    /* nor does it stand after a preposition of its own word that is not
    ** the pattern's: "الهجمات التي شنتها على السعودية" ("إلى جانبه" is
    ** beside whom, not an object) */
    struck |= g >= 0 && i > pos && hd_after_object_prep(c, i) &&
              !(tok_len(&c->tokens[i]) >= 8 && !memcmp(tok_text(c, &c->tokens[i]), "\xd8\xac\xd8\xa7\xd9\x86\xd8\xa8", 8));
    /* "فلسطينيين قتلوا برصاص إسرائيلي": a nisba right after the word of a
    ** pattern's agent phrase (not its verb) agrees with that word, and
    ** names the doer */
    int agent_nisba = g >= 0 && (i == pos || (i == pos + 1 && adjective_of_agent(c, pos))) && pos > m->anchor + 1 &&
                      kinds[k] == HD_PAT_SOURCE && root_of(m->p->code) >= 18 && c->groups[g].tok_start == i &&
                      hd_is_weak(c, g) && !counted && !struck;
    if (g >= 0 && (counted || struck || (hd_is_weak(c, g) && !agent_nisba)) && kinds[k] == HD_PAT_SOURCE && k + 1 < n) k++;   /* a target follows */
    /* "قتل في التفجير 37 شخصا": a counted group in a source's slot after
    ** the pattern's last word is the victims, never the doers */
    if (g >= 0 && counted && kinds[k] == HD_PAT_SOURCE && k + 1 == n && end == c->ntokens && root_of(m->p->code) >= 18 &&
        !agent_before(c, i)) {
      if (m->target < 0) m->target = g;
      break;
    }
    if (g >= 0 && struck && kinds[k] == HD_PAT_SOURCE) { i = c->groups[g].tok_end - 1; continue; }
    if (g >= 0 && hd_is_weak(c, g) && !agent_nisba && kinds[k] == HD_PAT_SOURCE) { i = c->groups[g].tok_end - 1; continue; }
    /* ("قتل 42 جنديا في الضربة، وفق المرصد السوري": who tells fills no slot) */
    if (g >= 0 && hd_named_as_teller(c, g)) { i = c->groups[g].tok_end - 1; continue; }
    /* ("مباحثات هاتفية بين ترمب وأردوغان حول سوريا": what talks or words
    ** are about, after حول، بشأن or حيال that are not the pattern's own,
    ** fills no slot) */
    if (g >= 0 && i > pos && about(c, i)) { i = c->groups[g].tok_end - 1; continue; }
    if (g >= 0 && k == n) break;
    /* "شكر الرئيس التركي، رجب طيب أردوغان، ... الشيخ تميم": a name set
    ** after the source by a comma, of the same code, is the source again */
    if (g >= 0 && kinds[k] == HD_PAT_TARGET && m->source >= 0) {
      int body = own_body(c, m->source, g);
      if (body || appositive(c, m->source, title >= 0 ? title : m->source, g)) {
        if (body) title = g;
        i = c->groups[g].tok_end - 1;
        continue;
      }
    }
    if (g >= 0) {
      if (kinds[k] == HD_PAT_SOURCE) m->source = g; else m->target = g;
      if (agent_nisba) m->agent = 1;   /* (no subject shared from the clause before takes its place) */
      k++; gap = 0; counted = 0;
      i = c->groups[g].tok_end - 1;
      continue;
    }
    if (is_stop(&c->tokens[i])) break;
    /* "شكر الرئيس التركي، مساء الأربعاء، الشيخ تميم": a time set apart by
    ** commas between the slots is no word between them */
    size_t aside = c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct == ',' && k > 0 ? time_aside(c, i) : 0;
    if (aside) { i = aside; continue; }
    if (!is_transparent(&c->tokens[i]) && ++gap > gap_max) break;
  }
}

/* Does the comma at token I close an apposition "A، B،": is it right after
** a group that itself stands after a comma after another group? */
static int apposition_before(const hd_coder *c, size_t i) {
  if (i == 0 || c->actor_at[i - 1] < 0) return 0;
  size_t b = c->groups[c->actor_at[i - 1]].tok_start;
  return b >= 2 && c->tokens[b - 1].kind == HD_TOK_PUNCT && c->tokens[b - 1].punct == ',' && c->actor_at[b - 2] >= 0;
}

/* "وعن العلاقات مع إسرائيل، قال ولي العهد"، "وفيما يتعلق بالقمة بين ترامب
** وبوتين، قال تاسك": does the clause CL open with a word of what the
** sentence is about (عن، حول، بشأن، بخصوص، حيال، إزاء، فيما يتعلق، على
** صعيد), with no comma before token B?  What it names is the topic, never
** the subject of the verb after its comma. */
static int fronted_topic(const hd_coder *c, int cl, size_t b) {
  static const char *const about[] = {   /* عن حول بشان بخصوص حيال ازاء */
    "\xd8\xb9\xd9\x86", "\xd8\xad\xd9\x88\xd9\x84", "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86",
    "\xd8\xa8\xd8\xae\xd8\xb5\xd9\x88\xd8\xb5", "\xd8\xad\xd9\x8a\xd8\xa7\xd9\x84",
    "\xd8\xa7\xd8\xb2\xd8\xa7\xd8\xa1"};
  static const char *const so[] = {"\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7"};   /* فيما (يتعلق) */
  static const char *const on[] = {"\xd8\xb9\xd9\x84\xd9\x8a"};   /* على (صعيد) */
  size_t i = c->clauses[cl].start;
  while (i < b && c->tokens[i].kind != HD_TOK_WORD) i++;
  if (i >= b || c->clause_at[i] != cl) return 0;
  int opens = hd_tok_in(c, i, about, HD_ARRAY_LEN(about)) ||
              (i + 1 < b && hd_tok_in(c, i, so, 1) && hd_tok_is(c, i + 1, "\xd9\x8a\xd8\xaa\xd8\xb9\xd9\x84\xd9\x82")) ||   /* يتعلق */
              (i + 1 < b && hd_tok_in(c, i, on, 1) && hd_tok_is(c, i + 1, "\xd8\xb5\xd8\xb9\xd9\x8a\xd8\xaf"));      /* صعيد */
  if (!opens) return 0;
  for (size_t k = i; k < b; k++)
    if (c->tokens[k].kind == HD_TOK_PUNCT && c->tokens[k].punct == ',') return 0;
  return 1;
}

/* A word after a preposition is a noun, whose subject does not stand
** before it: in "قتل 47 شخصا في هجوم" the dead did not attack. */
static int after_preposition(const hd_coder *c, size_t i) {
  static const char *const preps[] = {
    "\xd9\x81\xd9\x8a", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa1",
    "\xd8\xa7\xd8\xab\xd8\xb1", "\xd8\xb9\xd9\x82\xd8\xa8", "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x85\xd9\x86\xd8\xb0",
    "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd8\xa1"};   /* في خلال جراء اثر عقب بعد منذ اثناء */
  /* (a prefixed ب or ل keeps the subject: "قام مسلحون بخطف") */
  return i > 0 && hd_tok_in(c, i - 1, preps, HD_ARRAY_LEN(preps));
}

/* Is token I the noun of an attack (a `strike` word, تفجير، انفجار،
** اعتداء) named after a preposition of cause or time (after_preposition();
** or with ب on it)? */
static int attack_after_preposition(const hd_coder *c, size_t i) {
  static const char *const nouns[] = {   /* تفجير تفجيرين انفجار انفجارين اعتداء */
    "\xd8\xaa\xd9\x81\xd8\xac\xd9\x8a\xd8\xb1", "\xd8\xaa\xd9\x81\xd8\xac\xd9\x8a\xd8\xb1\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x86\xd9\x81\xd8\xac\xd8\xa7\xd8\xb1", "\xd8\xa7\xd9\x86\xd9\x81\xd8\xac\xd8\xa7\xd8\xb1\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa1"};
  if (c->tokens[i].kind != HD_TOK_WORD || c->actor_at[i] >= 0) return 0;
  if (!hd_marker_at(c, i, HD_MARK_STRIKE) && !hd_tok_in(c, i, nouns, HD_ARRAY_LEN(nouns))) return 0;
  /* (ب on the noun, not ل: "شن ... لضربات استهدفت" names who struck) */
  size_t n;
  const char *w = hd_after_conj(c, i, &n);
  return (n > 2 && !memcmp(w, "\xd8\xa8", 2) && hd_reading_with(c, i, HD_CL_PREP)) || after_preposition(c, i);
}

/* The group that stands before the anchor in its clause: adjacent, or
** within BEFORE_GAP words when ADJACENT_ONLY is 0.  A weak group is no
** subject, but can be the victim before a passive (WEAK_OK).  A relative
** clause has the noun before its pronoun ("التفجير الذي استهدف"); what a
** verb of saying governs has no subject before its أن ("قالت الشرطة إن 5
** قتلوا": the police did not kill), nor is one named in what the clause
** opens by saying it is about (fronted_topic()). */
static int group_before(const hd_coder *c, size_t anchor, int adjacent_only, int weak_ok) {
  int gap = 0, cl = c->clause_at[anchor], comma = 0;
  for (size_t i = anchor; i-- > 0;) {
    int sc = hd_scope(c, cl, i);
    if (sc == HD_NESTED) continue;
    if (sc != HD_IN_CLAUSE) break;
    if (c->actor_at[i] >= 0) {
      /* (the one met or called in a frame before the verb, "وخلال
      ** اتصالات هاتفية مع إردوغان دعا بوتين", is no subject of it) */
      size_t b = c->groups[c->actor_at[i]].tok_start;
      const hd_clause *k = &c->clauses[cl];
      if (k->object == c->actor_at[i] && k->object_root == 4 && b > 0 && hd_tok_is(c, b - 1, "\xd9\x85\xd8\xb9")) return -1;   /* مع */
      if (comma && fronted_topic(c, cl, b)) return -1;
      return hd_is_weak(c, c->actor_at[i]) && !weak_ok ? -1 : c->actor_at[i];
    }
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct == ')') return -1;   /* a list in brackets is no subject */
    /* (the one who answers is not who did what is answered: "شنت إسرائيل
    ** غارات ردا على إطلاق صواريخ") */
    if (hd_marker_here(c, i, HD_MARK_ANSWER)) return -1;
    if (i == c->clauses[cl].opener && (c->clauses[cl].kind == HD_CLAUSE_RELATIVE || c->clauses[cl].kind == HD_CLAUSE_QUOTE)) break;
    if (is_stop(t)) return -1;
    if (is_transparent(t)) continue;
    /* "وزير الخارجية الإيراني، محمد جواد ظريف، سيزور": the comma that
    ** closes an apposition stands between a subject and its verb */
    if (t->punct == ',' && i + 1 == anchor && apposition_before(c, i)) continue;
    if (t->kind == HD_TOK_PUNCT && t->punct == ',') comma = 1;
    /* "وكانت سوريا قد اتهمت إسرائيل": قد right before the verb stands
    ** between it and its subject */
    if (i + 1 == anchor && hd_tok_is(c, i, "\xd9\x82\xd8\xaf")) continue;   /* (not "وقد": "صورا للأسد وقد تجمع حوله جنود") */
    /* "مقتل 11 طفلا في تفجير انتحاري استهدف جنودا": a verb right after the
    ** noun of an attack named after a preposition (two words of its own
    ** between at most) opens a clause on that noun, which is its subject;
    ** the victims before it are not */
    if (gap < 3 && attack_after_preposition(c, i)) return -1;
    if (adjacent_only || ++gap > BEFORE_GAP) return -1;
  }
  const hd_clause *k = &c->clauses[cl];
  if (k->kind == HD_CLAUSE_RELATIVE && k->antecedent >= 0 && (weak_ok || !hd_is_weak(c, k->antecedent)))
    return k->antecedent;
  /* "أن الجامعة العربية \"تدين وتستنكر ما قامت به غواتيمالا\"": a quote
  ** that opens on its verb, right after an actor of the clause it stands
  ** in, quotes that actor's words, and the actor is the verb's subject;
  ** not a verb with an actor right after it, or the noun of an act, which
  ** names its own ("وأكد ماكرون \"رفض فرنسا قرار"), nor after one the
  ** words were said to ("قال لوكالة الأنباء الفرنسية \"يرفض الطرف الروسي")
  ** or named after a preposition ("خلال المؤتمر مع الجبير \"شددت") */
  if (k->kind == HD_CLAUSE_QUOTE && k->parent >= 0 && k->opener > 0 && anchor == (size_t)k->opener + 1 &&
      hd_is_verb(c, anchor) && !(anchor + 1 < c->ntokens && c->actor_at[anchor + 1] >= 0)) {
    /* (not من or عن: "مسؤولون من طالبان"، "نقلت عن البنتاغون") */
    static const char *const preps[] = {   /* مع في لدي بين عند امام خلال */
      "\xd9\x85\xd8\xb9", "\xd9\x81\xd9\x8a", "\xd9\x84\xd8\xaf\xd9\x8a",
      "\xd8\xa8\xd9\x8a\xd9\x86", "\xd8\xb9\xd9\x86\xd8\xaf", "\xd8\xa7\xd9\x85\xd8\xa7\xd9\x85",
      "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84"};
    int g = c->actor_at[k->opener - 1];
    size_t b = g >= 0 ? c->groups[g].tok_start : 0;
    if (g >= 0 && c->clause_at[k->opener - 1] == k->parent && (weak_ok || !hd_is_weak(c, g)) &&
        !hd_has_preposition(c, b) && !hd_addressed(c, b) && !(b > 0 && hd_tok_in(c, b - 1, preps, HD_ARRAY_LEN(preps))))
      return g;
  }
  return -1;
}

int hd_subject_before(const hd_coder *c, size_t anchor, int adjacent_only) {
  return group_before(c, anchor, adjacent_only, 0);
}


int hd_has_slot(const hd_pattern *p, int kind) {
  for (size_t k = 0; k < p->nelem; k++) if (p->elem[k].kind == kind) return 1;
  return 0;
}

/* Is the verb at token I an imperfect of the masculine singular ("يحذر"،
** "يطالب")?  (A perfect in the masculine, "طرد"، "رفض", is as often a
** verbal noun whose agent follows it: "طرد روسيا 23 دبلوماسيا".) */
static int masculine_verb(const hd_coder *c, size_t i) {
  return hd_imperfect(c, i) && !hd_ends_in(c, i, "\xd8\xa7") &&                                   /* not ـا */
         !hd_ends_in(c, i, "\xd9\x88\xd9\x86") && !hd_ends_in(c, i, "\xd8\xa7\xd9\x86");  /* not ـون ـان */
}

/* Is group G one state or capital named by a name of the feminine: a
** capital, or a name without the article (not لبنان), or one with it that
** ends in ة or is الصين، الهند، الجزائر، الولايات المتحدة، الإمارات،
** الفلبين (not العراق، الأردن، اليمن ...)? */
static int feminine_state(const hd_coder *c, int g) {
  static const char *const feminine[] = {   /* الصين الهند الجزاير الولايات الامارات الفلبين */
    "\xd8\xa7\xd9\x84\xd8\xb5\xd9\x8a\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x87\xd9\x86\xd8\xaf",
    "\xd8\xa7\xd9\x84\xd8\xac\xd8\xb2\xd8\xa7\xd9\x8a\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd9\x88\xd9\x84\xd8\xa7\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x85\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x81\xd9\x84\xd8\xa8\xd9\x8a\xd9\x86"};
  static const char *const masculine[] = {"\xd9\x84\xd8\xa8\xd9\x86\xd8\xa7\xd9\x86"};   /* لبنان */
  const hd_group *gr = &c->groups[g];
  if (gr->count != 1) return 0;
  const hd_actor *a = &c->actors[gr->first];
  if (a->kind != HD_ACT_PLAIN || a->tok_end != a->tok_start + 1 || !a->why[0] || (a->clitics & (HD_CL_CONJ | HD_CL_PREP)))
    return 0;
  if (a->why[0]->kind == HD_ENT_CAPITAL) return 1;
  if (a->why[0]->kind != HD_ENT_NAME) return 0;
  size_t i = a->tok_start;
  if (!hd_reading_with(c, i, HD_CL_ARTICLE)) return !hd_tok_in(c, i, masculine, HD_ARRAY_LEN(masculine));
  return hd_ends_in(c, i, "\xd9\x87") || hd_tok_in(c, i, feminine, HD_ARRAY_LEN(feminine));   /* ـه (ة) */
}

/* What try_pattern() asks of an anchor whatever the pattern, found the
** first time it is asked (NOT_YET until then). */
#define NOT_YET (-2)
typedef struct anchor_facts {
  int subject;      /* hd_subject_before(anchor, 1) */
  int victim;       /* group_before(anchor, 0, 1) */
  int plural;       /* hd_ends_in(anchor, "وا") */
  int document;     /* hd_document_after(anchor) */
} anchor_facts;

/* "ودعا البيان النظام الإيراني إلى"، "وطالب البيان المجتمع الدولي
** والأمم المتحدة بالضغط": is the word right after the verb at ANCHOR a
** document with the article (no actor), its subject, with a word after
** it?  It speaks for whoever issued it, the subject of the sentence
** before, and the actor after it is the verb's object. */
int hd_document_after(const hd_coder *c, size_t anchor) {
  static const char *const documents[] = {   /* البيان التقرير الرساله المذكره الاعلان البلاغ الخطاب الوثيقه */
    "\xd8\xa7\xd9\x84\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb0\xd9\x83\xd8\xb1\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x84\xd8\xa8\xd9\x84\xd8\xa7\xd8\xba",
    "\xd8\xa7\xd9\x84\xd8\xae\xd8\xb7\xd8\xa7\xd8\xa8", "\xd8\xa7\xd9\x84\xd9\x88\xd8\xab\xd9\x8a\xd9\x82\xd9\x87"};
  size_t i = anchor + 1;
  if (i + 1 >= c->ntokens || c->actor_at[i] >= 0 || !hd_tok_in(c, i, documents, HD_ARRAY_LEN(documents)) ||
      c->tokens[i + 1].kind != HD_TOK_WORD)
    return 0;
  /* (not one whose nisba names who issued it: "ودعا البيان المصري إلى") */
  int g = c->actor_at[i + 1];
  const hd_actor *a = g >= 0 ? &c->actors[c->groups[g].first] : NULL;
  return !(a && a->why[0] && a->why[0]->kind == HD_ENT_ADJ);
}

/* Is the verb at ANCHOR, a word that is as often a noun (@subject_after:
** "طالب" is also a student), followed by its subject: an actor named right
** after it by a name or a title ("وطالب الرئيس الفرنسي"، "طالب البيت
** الأبيض"), not by a nisba ("طالب فلسطيني" is a student), nor by a word
** of the feminine, which a verb in the masculine does not agree with: a
** state of a feminine name, a noun in ة ("طالب إسرائيل"، "كما طالب السلطة
** الفلسطينية" are the objects of one named before)?  Not a word with the
** article, nor one an actor's name holds. */
static int subject_named_after(const hd_coder *c, size_t anchor, int noun) {
  if (noun || c->actor_at[anchor] >= 0 || anchor + 1 >= c->ntokens) return 0;
  int g = c->actor_at[anchor + 1];
  if (g < 0 || c->groups[g].tok_start != anchor + 1 || hd_is_weak(c, g) || feminine_state(c, g) ||
      hd_ends_in(c, anchor + 1, "\xd9\x87"))   /* ـه (ة) */
    return 0;
  const hd_actor *a = &c->actors[c->groups[g].first];
  return a->kind == HD_ACT_PLAIN && !(a->clitics & (HD_CL_CONJ | HD_CL_PREP)) &&
         !(a->why[0] && a->why[0]->kind == HD_ENT_ADJ);
}

/* Tries pattern P at token ANCHOR; fills M and returns 1 when every word
** of the pattern is found.  F holds what is known of the anchor. */
static int try_pattern(const hd_coder *c, const hd_pattern *p, size_t anchor, int noun, int object_carried,
                       anchor_facts *f, hd_match *m) {
  int cl = c->clause_at[anchor];
  if ((p->flags & HD_PAT_SUBJECT_AFTER) && !subject_named_after(c, anchor, noun)) return 0;
  /* the pattern's words first: most patterns tried miss one */
  long at[HD_PHRASE_WORDS];
  for (size_t k = 1, pos = anchor + 1; k < p->nelem; k++) {
    if (p->elem[k].kind != HD_PAT_WORD) continue;
    if ((at[k] = find_word(c, cl, pos, &p->elem[k])) < 0) return 0;
    pos = (size_t)at[k] + 1;
  }
  memset(m, 0, sizeof *m);
  m->p = p; m->anchor = m->last = anchor; m->source = m->target = m->victim = -1;
  m->noun = noun;
  m->words[m->nwords++] = (uint32_t)anchor;
  /* a subject stands before a verb, never before a noun with the article:
  ** in "أدانت مصر التفجير" Egypt condemned the bombing, it did not bomb */
  if (!noun && f->subject == NOT_YET) f->subject = hd_subject_before(c, anchor, 1);
  /* (not before a verb whose subject is named after it: "معتقلة لدى قوات
  ** النظام طالب التنظيم بهن") */
  int svo = noun || (p->flags & HD_PAT_SUBJECT_AFTER) ? -1 : f->subject;
  /* a source slot after other words marks the agent ("قتلوا برصاص $"): the
  ** subject before such a verb is its victim, taken below as the target */
  int agent_later = p->nelem > 1 && p->elem[1].kind != HD_PAT_SOURCE && hd_has_slot(p, HD_PAT_SOURCE);
  /* "خمسة مدنيين قتلوا في انفجار": a pattern whose verb is followed by its
  ** target reads the verb as passive; the subject before it is the victim */
  agent_later |= p->nelem > 1 && p->elem[1].kind == HD_PAT_TARGET;
  /* and so does one whose source is implied ("5 أشخاص قتلوا في انفجار") */
  agent_later |= p->default_source[0] && !hd_has_slot(p, HD_PAT_SOURCE);
  /* (but "20 ألف فلسطيني تظاهروا": those before a verb of protest protest) */
  if (root_of(p->code) == 14) agent_later = 0;
  /* "المستوطنون ... هاجموا المواطنين": a verb that carries its plural
  ** subject (-وا) has it before it or as a pronoun; the group after it is
  ** its object */
  int subject_carried = !noun && !agent_later && p->nelem > 1 && p->elem[1].kind == HD_PAT_SOURCE &&
                        (f->plural != NOT_YET ? f->plural : (f->plural = hd_ends_in(c, anchor, "\xd9\x88\xd8\xa7")));
  /* "يحذر طهران من"، "نص يدين إسرائيل": an imperfect verb in the
  ** masculine singular right before a state of a feminine name does not
  ** agree with it: the state is its object, and its subject a pronoun */
  if (!subject_carried && !noun && !object_carried && !agent_later && svo < 0 && p->nelem > 1 &&
      p->elem[1].kind == HD_PAT_SOURCE && anchor + 1 < c->ntokens && c->actor_at[anchor + 1] >= 0 &&
      c->groups[c->actor_at[anchor + 1]].tok_start == anchor + 1 && feminine_state(c, c->actor_at[anchor + 1]) &&
      hd_is_verb(c, anchor) && masculine_verb(c, anchor))
    subject_carried = 1;
  if (!subject_carried && !noun && !agent_later && svo < 0 && p->nelem > 1 && p->elem[1].kind == HD_PAT_SOURCE &&
      (f->document != NOT_YET ? f->document : (f->document = hd_document_after(c, anchor))))
    subject_carried = 1;
  if (subject_carried && svo < 0) m->carried = 1;   /* a pronoun: the subject of the clause before */
  int victim = -1, object_named = 0;
  /* "الفلسطينيين الذين قتلهم جيش الاحتلال"، "غولن، الذي تتهمه أنقرة": a
  ** verb that carries its object as a pronoun has its subject named right
  ** after it; the group before it, or the noun its relative clause opens
  ** on, is what the pronoun stands for, the object */
  if (object_carried && svo >= 0 && anchor + 1 < c->ntokens && c->actor_at[anchor + 1] >= 0 &&
      c->actor_at[anchor + 1] != svo && !hd_after_object_prep(c, anchor + 1) &&
      !(c->actors[c->groups[c->actor_at[anchor + 1]].first].clitics & HD_CL_CONJ)) {
    victim = svo;
    svo = -1;
    object_named = 1;
  } else if (agent_later && svo >= 0) { victim = svo; svo = -1; }
  /* "بي نظير بوتو، قد قتلت في هجوم": the victim may stand a few words back */
  else if (agent_later && !noun)
    victim = f->victim != NOT_YET ? f->victim : (f->victim = group_before(c, anchor, 0, 1));
  uint8_t pending[HD_PHRASE_WORDS] = {0};
  size_t npending = 0, pos = anchor + 1;
  int slot_cl = cl;   /* the clause the slots are read in */
  int pronoun_object = 0;   /* the word before the slots is a preposition with its object in its pronoun */
  for (size_t k = 1; k < p->nelem; k++) {
    const hd_pat_elem *el = &p->elem[k];
    if (el->kind != HD_PAT_WORD) {
      if (!((svo >= 0 || subject_carried) && el->kind == HD_PAT_SOURCE) && !(object_named && el->kind == HD_PAT_TARGET) &&
          !pronoun_object)
        pending[npending++] = el->kind;
      continue;
    }
    fill_slots(c, slot_cl, pos, (size_t)at[k], pending, npending, m, GAP);
    npending = 0;
    pos = (size_t)at[k] + 1;
    m->last = (size_t)at[k];
    m->words[m->nwords++] = (uint32_t)at[k];
    /* "المحادثات ستشمل عدة ملفات من بينها إيران واليمن"، "وفتح جندي النار
    ** عليه وبعدها سقط الشاب": a preposition whose pronoun is its object
    ** leaves the slots after it no actor after it (but "بينه وبين X" names
    ** the other side after its و) */
    pronoun_object = preposition_with_pronoun(c, (size_t)at[k], el) && !same_word_again(c, (size_t)at[k]);
    /* "القمة التي جمعت بين ترامب وكيم": a pattern that names the pronoun
    ** of a relative clause reads its later slots in that clause */
    int in = c->clause_at[at[k]];
    if (in != slot_cl && c->clauses[in].kind == HD_CLAUSE_RELATIVE && c->clauses[in].opener == (size_t)at[k])
      slot_cl = in;
  }
  /* slots after the last word stand close to it: the object follows the verb */
  fill_slots(c, slot_cl, pos, c->ntokens, pending, npending, m, TRAILING_GAP);
  /* "وقتل مهاجم انتحاري 47 شخصا": a group right after the verb with a
  ** counted one after it is the subject, and the verb is active */
  if (p->nelem > 1 && p->elem[1].kind == HD_PAT_TARGET && m->target >= 0 &&
      c->groups[m->target].tok_start == anchor + 1 && counted_object_follows(c, m->target))
    return 0;
  /* "قتلت الشرطة الإندونيسية بالرصاص أربعة رجال"، "وقتلته الشرطة الإيطالية
  ** بالرصاص"، "اختطفته الميليشيات في صنعاء": nor is a verb of killing or
  ** abducting passive when the group right after it is a state's forces as
  ** one body, or when the verb carries its object as a pronoun, and the
  ** words of the agent name no one ("بالرصاص", not "برصاص الجيش") */
  if (p->nelem > 1 && p->elem[1].kind == HD_PAT_TARGET && m->target >= 0 && m->source < 0 &&
      c->groups[m->target].tok_start == anchor + 1 && !noun && killing_verb(c, anchor) &&
      (object_carried || forces_as_body(c, m->target)))
    return 0;
  if (svo >= 0) m->source = svo;
  if (victim >= 0 && m->target < 0 && victim != m->source) m->target = victim;
  /* (kept for arguments.c only when it stands right before the verb, or is
  ** the noun of a relative clause the verb opens: "فلسطينيا قتل"، "عشرات
  ** الفلسطينيين الذين قتلوا"; not before a noun, "جندي أدين بقتل فلسطيني") */
  const hd_clause *own = &c->clauses[cl];
  if (victim >= 0 && !noun && !hd_reading_with(c, anchor, HD_CL_PREP) &&
      (c->groups[victim].tok_end == anchor ||
       (own->kind == HD_CLAUSE_RELATIVE && own->antecedent == victim && own->opener + 1 == anchor)))
    m->victim = victim;
  return 1;
}

/* Which of two readings at one anchor explains more of the sentence: words
** and filled slots together; then one that needs no implied source (in
** "خطف مسلحون مجهولون عشرات التلاميذ" the gunmen are the subject, not the
** victims of a passive "خطف + من"); then the more specific, the fuller,
** the earlier line. */
static int better_match(const hd_match *m, const hd_match *b) {
  int mf = (m->source >= 0) + (m->target >= 0), bf = (b->source >= 0) + (b->target >= 0);
  int ms = m->p->nwords + mf, bs = b->p->nwords + bf;
  if (ms != bs) return ms > bs;
  int mi = m->source < 0 && m->p->default_source[0], bi = b->source < 0 && b->p->default_source[0];
  if (mi != bi) return bi;
  if (m->p->nwords != b->p->nwords) return m->p->nwords > b->p->nwords;
  if (mf != bf) return mf > bf;
  if (m->p->file != b->p->file) return m->p->file < b->p->file;
  return m->p->line < b->p->line;
}

/* The best pattern at token I. */
int hd_best_match(hd_coder *c, size_t i, hd_match *best) {
  const hd_token *t = &c->tokens[i];
  int found = 0, after = NOT_YET;
  anchor_facts f = {NOT_YET, NOT_YET, NOT_YET, NOT_YET};
  for (size_t k = 0; k < t->nana; k++) {
    const hd_pattern *ps[HD_MAX_ANCHORED];
    const hd_analysis *a = &c->ana[t->ana + k];
    size_t n = hd_dict_anchors(c->dict, a->word, ps, HD_ARRAY_LEN(ps));
    /* each pattern is a wait for memory: they are all asked for at once */
    for (size_t j = 0; j < n; j++) {
      __builtin_prefetch(ps[j]);
      __builtin_prefetch((const char *)ps[j] + 64);
    }
    if (n && (a->flags & (HD_CL_PREP | HD_CL_ARTICLE)) && hd_participle_word(c, a->word)) continue;
    if (n && !(a->flags & HD_CL_ARTICLE) && after == NOT_YET) after = after_preposition(c, i);
    for (size_t j = 0; j < n; j++) {
      hd_match m;
      int noun = (a->flags & HD_CL_ARTICLE) != 0 || after == 1;
      /* (a pronoun after a verb is its object: "قتلهم"، "تتهمه"; not the
      ** accusative's alef, nor after a preposition, "لقتلهم") */
      int object_carried = !noun && (a->flags & HD_CL_SUFFIX) && !(a->flags & (HD_CL_ALEF | HD_CL_PREP)) &&
                           hd_is_verb(c, i);
      if (!try_pattern(c, ps[j], i, noun, object_carried, &f, &m)) continue;
      if (!found || better_match(&m, best)) { *best = m; found = 1; }
    }
  }
  return found;
}
