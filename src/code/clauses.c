/*
** clauses.c: the clauses of a sentence, found before any pattern is tried.
**
** An Arabic news sentence strings clauses together: "وقال X إن Y قصف Z،
** مضيفا أن ..." holds a main clause, what X said, and what X added.  The
** words that open clauses are dictionary data ([markers] kinds relative,
** complement, opens, condition and report, in dict/clauses.txt); quotes and
** brackets open clauses of their own; و or ف before a verb starts a
** clause coordinated with the one before.  Each token gets its clause, and
** each clause its kind, the clause it hangs from, the verb that governs it
** (قال for what was said, هدد for what was threatened) and, for a relative
** clause, the noun before its pronoun.  The later stages keep a pattern's
** words and participants inside its clause, and cross into another only
** through these links.
*/
#include <stdlib.h>
#include "code/coder.h"

#define GOVERNOR_REACH 6   /* words between a governing verb and the أن that opens what it governs */
#define SAYING_REACH 16    /* ... and a verb of saying, with none other between */

/* A new clause; there is room for one a token (hd_find_clauses made it). */
static int new_clause(hd_coder *c, int kind, int parent, size_t opener) {
  hd_clause *cl = &c->clauses[c->nclauses];
  memset(cl, 0, sizeof *cl);
  cl->kind = (uint8_t)kind;
  cl->parent = parent;
  cl->opener = (uint32_t)opener;
  cl->start = (uint32_t)opener;
  cl->governor = cl->antecedent = cl->prev = cl->subject = cl->object = cl->planner = cl->planned_target = cl->accused = cl->accused_by =
      cl->violent_source = -1;
  cl->history_day = HD_NO_DAY;
  return (int)c->nclauses++;
}

/* Is the word at token I a verb (a pattern anchor with imperfect forms, or
** a verb of saying), read without an article? */
static int is_verb_at(const hd_coder *c, size_t i, int conj) {
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++) {
    const hd_analysis *a = &c->ana[t->ana + k];
    if (a->flags & (HD_CL_ARTICLE | HD_CL_PREP)) continue;
    if (conj && !(a->flags & HD_CL_CONJ)) continue;
    if (a->word < c->dict->nwords && (c->dict->word_role[a->word] & HD_WORD_VERB)) return 1;
  }
  return 0;
}

int hd_is_verb(const hd_coder *c, size_t i) { return is_verb_at(c, i, 0); }

size_t hd_verb_before(const hd_coder *c, int cl, size_t end) {
  for (size_t i = end; i > c->clauses[cl].start;) {
    i--;
    if (c->clause_at[i] == cl && hd_is_verb(c, i)) return i;
  }
  return SIZE_MAX;
}

/* The marker of a clause kind that starts at token I, the longest when
** several do; sets *LEN to its words. */
static int clause_marker(const hd_coder *c, size_t i, size_t *len) {
  static const int kinds[] = {HD_MARK_OPENS, HD_MARK_CONDITION, HD_MARK_RELATIVE, HD_MARK_COMPLEMENT};
  int best = -1;
  *len = 0;
  /* most words open nothing: the token's bits say so at once */
  if (!(c->tokens[i].marks & ((uint64_t)1 << HD_MARK_OPENS | (uint64_t)1 << HD_MARK_CONDITION |
                              (uint64_t)1 << HD_MARK_RELATIVE | (uint64_t)1 << HD_MARK_COMPLEMENT)))
    return best;
  for (size_t k = 0; k < HD_ARRAY_LEN(kinds); k++) {
    size_t n = hd_marker_at(c, i, kinds[k]);
    if (n > *len) { *len = n; best = kinds[k]; }
  }
  return best;
}

/* "في مؤتمر صحفي عقده في بنغازي"، "في كلمة ألقاها": is token I a verb
** with an object pronoun, without و, right after a word that is neither
** a verb nor one that opens a clause ("حيث أبلغهم أن"): a clause on that
** noun, with no relative pronoun, which tells of the noun and governs
** nothing after it? */
static int verb_on_noun(const hd_coder *c, size_t i) {
  size_t len;
  if (i == 0 || c->tokens[i - 1].kind != HD_TOK_WORD || is_verb_at(c, i - 1, 0) || clause_marker(c, i - 1, &len) >= 0) return 0;
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++) {
    const hd_analysis *a = &c->ana[t->ana + k];
    if ((a->flags & (HD_CL_ARTICLE | HD_CL_PREP | HD_CL_CONJ)) || !(a->flags & HD_CL_SUFFIX)) continue;
    if (a->word < c->dict->nwords && (c->dict->word_role[a->word] & HD_WORD_VERB)) return 1;
  }
  return 0;
}

/* Does a marker that governs what follows it start at token I?  Right
** before the opener any realis marker does ("من المقرر أن"); a few words
** before it (FAR) only those that are verbs or act as them: saying,
** denying, asking, threatening, accusing ("وينبغي للمنطقة أيضا أن"). */
static int governs(const hd_coder *c, size_t i, int far) {
  static const int kinds[] = {HD_MARK_REPORT, HD_MARK_DENIAL, HD_MARK_CALLED_FOR, HD_MARK_THREATENED,
                              HD_MARK_ALLEGED, HD_MARK_PLANNED, HD_MARK_HYPOTHETICAL, HD_MARK_BACKGROUND};
  for (size_t k = 0; k < (far ? 5 : HD_ARRAY_LEN(kinds)); k++)
    if (hd_marker_here(c, i, kinds[k])) return 1;
  return 0;
}

/* Does a realis marker of several words start at token I and end right
** before the opener at OPENER ("من المفترض أن")? */
static int ends_at(const hd_coder *c, size_t i, size_t opener) {
  static const int kinds[] = {HD_MARK_PLANNED, HD_MARK_HYPOTHETICAL, HD_MARK_BACKGROUND};
  for (size_t k = 0; k < HD_ARRAY_LEN(kinds); k++) {
    const hd_marker *mk = hd_marker_here(c, i, kinds[k]);
    if (mk && mk->nwords > 1 && i + mk->nwords == opener) return 1;
  }
  return 0;
}

/* The governing word of a clause opened at token OPENER in clause CL: the
** nearest verb or verb of saying before it, in CL, within GOVERNOR_REACH
** words (actors do not count), or a realis marker within three words
** before it ("من المقرر أن"، "وينبغي للمنطقة أيضا أن"). */
static int find_governor(const hd_coder *c, int cl, size_t opener) {
  /* (not قبل and بعد, which are "before" and "after" far more often than
  ** "accepted" and "went far": "وقال ظريف قبل التصويت \"...\"") */
  static const char *const times[] = {"\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xa8\xd8\xb9\xd8\xaf"};   /* قبل بعد */
  int gap = 0;
  for (size_t i = opener; i-- > c->clauses[cl].start;) {
    if (c->clause_at[i] != cl) continue;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_start; continue; }
    const hd_token *t = &c->tokens[i];
    /* (past GOVERNOR_REACH, only a verb of saying, the speaker's long title
    ** between: "وقال المتحدث باسم الأسطول الأميركي في المحيط الهادي
    ** اللفتنانت كوماندر تيم غورمان، إن") */
    if (gap > GOVERNOR_REACH) {
      if (t->kind == HD_TOK_WORD && t->nana && is_verb_at(c, i, 0) && !verb_on_noun(c, i))
        return hd_marker_here(c, i, HD_MARK_REPORT) ? (int)i : -1;
      if (!is_transparent(t) && ++gap > SAYING_REACH) break;
      continue;
    }
    /* (nor the noun of answering, "قالت، ردا على أعضاء البرلمان، إن") */
    if (t->kind == HD_TOK_WORD && t->nana && !hd_marker_here(c, i, HD_MARK_ANSWER) &&
        ((is_verb_at(c, i, 0) && !hd_tok_in(c, i, times, 2) && !verb_on_noun(c, i)) || (gap <= 2 && (governs(c, i, gap > 0) || ends_at(c, i, opener)))))
      return (int)i;
    if (!is_transparent(t)) ++gap;
  }
  return -1;
}

/* The clause that a new clause opened inside CL hangs from: a relative
** clause ends where another clause begins. */
static int level_of(const hd_coder *c, int cl) {
  while (cl >= 0 && c->clauses[cl].kind == HD_CLAUSE_RELATIVE) cl = c->clauses[cl].parent;
  return cl < 0 ? 0 : cl;
}

/* The innermost open quote or bracket at or above CL, or the main clause. */
static int enclosing(const hd_coder *c, int cl) {
  while (cl > 0 && c->clauses[cl].kind != HD_CLAUSE_QUOTE && c->clauses[cl].kind != HD_CLAUSE_PAREN)
    cl = c->clauses[cl].parent;
  return cl < 0 ? 0 : cl;
}

#define SHORT_QUOTE 3   /* words of a quote that is no clause */

/* The closing quote of a quote opened at token I that holds at most
** SHORT_QUOTE words, or 0. */
static size_t short_quote(const hd_coder *c, size_t i) {
  size_t words = 0;
  for (size_t k = i + 1; k < c->ntokens; k++) {
    const hd_token *t = &c->tokens[k];
    if (t->kind == HD_TOK_PUNCT && t->punct == '"') return words ? k : 0;
    if (t->kind != HD_TOK_PUNCT && ++words > SHORT_QUOTE) return 0;
  }
  return 0;
}

/* The last clause opened at the level of clause P: P itself, or the last
** clause coordinated with it. */
static int latest_at(const hd_coder *c, int p) {
  int last = p;
  for (size_t k = (size_t)p + 1; k < c->nclauses; k++)
    if (c->clauses[k].kind == HD_CLAUSE_COORD && c->clauses[k].parent == c->clauses[p].parent && hd_coordinated(c, (int)k, p))
      last = (int)k;
  return last;
}

static int after_comma(const hd_coder *c, size_t i) {
  return i > 0 && c->tokens[i - 1].kind == HD_TOK_PUNCT && c->tokens[i - 1].punct == ',';
}

/* Does a verb of saying ("، مضيفا أن") or a participle that acts as its
** subject did before ("، داعيا إسرائيل إلى"، "، متهما إيران بـ") follow a
** comma at token I?  It goes back to the level of the quote or the
** sentence, and shares the subject of the clause it follows. */
static int goes_back(const hd_coder *c, size_t i) {
  return after_comma(c, i) && (hd_marker_at(c, i, HD_MARK_REPORT) || hd_marker_at(c, i, HD_MARK_PARTICIPLE));
}

#define LEAD_WORDS 6   /* words of a phrase that leads the sentence before a comma */

/* Is the main clause, up to token I, only a short phrase that leads the
** sentence and a comma ("من جانبه، قال"، "وفي بيان له، أكدت"، "إلى ذلك،
** وصف"), with no verb of its own?  What follows is the main clause's own
** verb, not a clause joined to it. */
static int lead_phrase(const hd_coder *c, int cur, size_t i) {
  if (cur != 0 || !after_comma(c, i)) return 0;
  size_t words = 0;
  for (size_t k = 0; k + 1 < i; k++) {
    if (c->clause_at[k] != 0) return 0;
    if (c->tokens[k].kind == HD_TOK_PUNCT) {
      if (is_stop(&c->tokens[k]) || c->tokens[k].punct == ',' || c->tokens[k].punct == '"') return 0;
      continue;
    }
    if (++words > LEAD_WORDS || is_verb_at(c, k, 0)) return 0;
  }
  return words > 0;
}

int hd_find_clauses(hd_coder *c) {
  c->nclauses = 0;
  if (GROW(c, clause_at, c->ntokens + 1) || GROW(c, clauses, c->ntokens + 1)) return -1;
  int cur = new_clause(c, HD_CLAUSE_MAIN, -1, 0);
  for (size_t i = 0; i < c->ntokens; i++) {
    const hd_token *t = &c->tokens[i];
    size_t len = 0;
    int opened = -1;
    if (t->kind == HD_TOK_PUNCT && t->punct == '"') {
      /* a quote closes the quote it is in, else opens one */
      int q = cur;
      while (q > 0 && c->clauses[q].kind != HD_CLAUSE_QUOTE) q = c->clauses[q].parent;
      if (q > 0) { c->clause_at[i] = q; cur = c->clauses[q].parent; continue; }
      /* a name or a word or two in quotes ("«القاعدة»"، "«اختطفوا»") is no
      ** clause of its own */
      size_t close = short_quote(c, i);
      if (close) {
        for (size_t k = i; k <= close; k++) c->clause_at[k] = cur;
        i = close;
        continue;
      }
      int level = level_of(c, cur);
      opened = new_clause(c, HD_CLAUSE_QUOTE, level, i);
      if (opened >= 0) c->clauses[opened].governor = find_governor(c, level, i);
    } else if (t->kind == HD_TOK_PUNCT && t->punct == ':' && cur == 0 && hd_label_speaker(c, i) >= 0) {
      /* "نتنياهو: المسؤولون الإيرانيون يكذبون": what follows a speaker
      ** named alone before a colon is what the speaker says */
      opened = new_clause(c, HD_CLAUSE_COMPLEMENT, 0, i);
      if (opened >= 0) c->clauses[opened].governor = (int32_t)i;
    } else if (t->kind == HD_TOK_PUNCT && t->punct == '(') {
      opened = new_clause(c, HD_CLAUSE_PAREN, cur, i);
    } else if (t->kind == HD_TOK_PUNCT && t->punct == ')') {
      int p = cur;
      while (p > 0 && c->clauses[p].kind != HD_CLAUSE_PAREN) p = c->clauses[p].parent;
      c->clause_at[i] = cur;
      if (p > 0) cur = c->clauses[p].parent;
      continue;
    } else if (t->kind == HD_TOK_PUNCT && t->punct == ',' && c->clauses[cur].kind == HD_CLAUSE_RELATIVE) {
      cur = level_of(c, cur);   /* "الرئيس، الذي يزور باريس، أعلن": the relative ends at the comma */
    } else if (t->kind == HD_TOK_WORD && c->actor_at[i] < 0) {
      int kind = clause_marker(c, i, &len);
      if (kind == HD_MARK_RELATIVE) {
        opened = new_clause(c, HD_CLAUSE_RELATIVE, cur, i);
        if (opened >= 0 && i > 0) {
          size_t j = i - 1;
          if (j > 0 && c->tokens[j].kind == HD_TOK_PUNCT && c->tokens[j].punct == ',') j--;
          c->clauses[opened].antecedent = c->actor_at[j];
        }
      } else if (kind == HD_MARK_COMPLEMENT) {
        int level = level_of(c, cur);
        opened = new_clause(c, HD_CLAUSE_COMPLEMENT, level, i);
        if (opened >= 0) c->clauses[opened].governor = find_governor(c, level, i);
      } else if (kind == HD_MARK_OPENS || kind == HD_MARK_CONDITION) {
        int level = level_of(c, cur);
        opened = new_clause(c, kind == HD_MARK_OPENS ? HD_CLAUSE_ADVERBIAL : HD_CLAUSE_CONDITION, level, i);
      } else if (i > 0 && !lead_phrase(c, cur, i) &&
                 (is_verb_at(c, i, 1) || goes_back(c, i) || hd_tok_is(c, i, "\xd8\xab\xd9\x85"))) {   /* ثم */
        /* "وأكد", "ثم فجر", "فيما ...، وقال": و or ف before a verb, or ثم, coordinates a
        ** clause with the one before; a verb of saying or a participle after
        ** a comma ("، مضيفا أن"، "، داعيا إسرائيل") goes back to the level of
        ** the quote or the sentence */
        int level = level_of(c, cur);
        int back = goes_back(c, i);
        int container = c->clauses[level].kind == HD_CLAUSE_QUOTE || c->clauses[level].kind == HD_CLAUSE_PAREN;
        /* inside a quote, a clause joined by و stays in the quote */
        int parent = back ? enclosing(c, level) : container ? level : c->clauses[level].parent;
        opened = new_clause(c, HD_CLAUSE_COORD, parent < 0 ? 0 : parent, i);
        if (opened >= 0) {
          /* "اتهم أردوغان إسرائيل بأنها ...، وقال": what the verb of saying
          ** goes back to is the clause it shares its subject with */
          c->clauses[opened].prev = back ? latest_at(c, parent) : level;
          if (!back) c->clauses[opened].governor = c->clauses[level].governor;
        }
      }
    }
    if (opened >= 0) cur = opened;
    for (size_t k = 0; k < (len ? len : 1) && i + k < c->ntokens; k++) c->clause_at[i + k] = cur;
    if (len > 1) i += len - 1;
  }
  for (size_t i = 0; i < c->ntokens; i++) {
    hd_clause *cl = &c->clauses[c->clause_at[i]];
    if (i + 1 > cl->end) cl->end = (uint32_t)(i + 1);
  }
  return 0;
}

/* Is clause IN clause CL, or inside it (its parent chain reaches CL)? */
int hd_clause_within(const hd_coder *c, int in, int cl) {
  for (; in >= 0; in = c->clauses[in].parent)
    if (in == cl) return 1;
  return 0;
}

/* Is clause IN coordinated with clause CL: joined to it by و or ف, or to
** a clause so joined? */
int hd_coordinated(const hd_coder *c, int in, int cl) {
  while (in > cl && c->clauses[in].kind == HD_CLAUSE_COORD) {
    in = c->clauses[in].prev;
    if (in == cl) return 1;
  }
  return 0;
}

int hd_scope(const hd_coder *c, int cl, size_t i) {
  int at = c->clause_at[i];
  if (at == cl) return HD_IN_CLAUSE;
  if (at > cl && hd_clause_within(c, at, cl)) {
    int kind = c->clauses[at].kind;
    /* "الرئيس، الذي يزور باريس، أعلن" and "(...)" are passed over */
    if (kind == HD_CLAUSE_RELATIVE || kind == HD_CLAUSE_PAREN) return HD_NESTED;
    return HD_BELOW;
  }
  return HD_OUTSIDE;
}

int hd_reach(const hd_coder *c, int cl, size_t i) {
  int sc = hd_scope(c, cl, i);
  if (sc == HD_IN_CLAUSE || hd_coordinated(c, c->clause_at[i], cl)) return 1;
  return sc == HD_NESTED ? 0 : -1;
}

static const char *const clause_names[] = {"main", "coordinated", "relative", "complement", "adverbial",
                                           "condition", "quote", "brackets"};

const char *hd_clause_name(int kind) {
  return kind >= 0 && (size_t)kind < HD_ARRAY_LEN(clause_names) ? clause_names[kind] : "?";
}
