/*
** coder.c: from a folded sentence to CAMEO events.
**
** For each sentence: tokens and their clitic readings; noun-phrase mentions
** (longest dictionary match from the left); actors composed from mentions
** (role + country adjective + name, "الرئيس الروسي فلاديمير بوتين"); groups of
** actors joined by و; then verb patterns anchored at each word, whose slots
** take groups as source and target.  A per-article frame remembers the
** parties of the main exchange, so that "الرئيسان" and impersonal clauses
** ("تمت مناقشة") can be resolved.  Nothing here allocates per token: every
** array is reused from sentence to sentence.
*/
#include <stdlib.h>
#include "code/coder.h"
#include "segment/segment.h"

#define GAP 4            /* words allowed between pattern elements */
#define BEFORE_GAP 3     /* words allowed between a subject and its verb */
#define TRAILING_GAP 2   /* words allowed before the slots that end a pattern */
#define VICTIM_GAP 6     /* words allowed before the victims of violence */
#define DATE_REACH 8     /* words between an event and a date that dates it */
#define PLACE_REACH 8    /* words between an event and the place that locates it */
#define DENIAL_REACH 8   /* words between "نفى" and the event it denies */
#define FOILED_REACH 5   /* words between "أحبط" or "فكك" and the attack or bomb */
#define MARKER_REACH 5   /* words between "مقتل" or "احتجاجا على" and the actor it names */

#define GROW(c, arr, n) hd_grow((void **)&(c)->arr, &(c)->arr##_cap, (n), sizeof *(c)->arr)

static const char *tok_text(const hd_coder *c, const hd_token *t) { return c->norm.text + t->start; }
static size_t tok_len(const hd_token *t) { return t->end - t->start; }

/* Is token I, or token I without a leading و or ف, one of the N words? */
static int tok_in(const hd_coder *c, size_t i, const char *const *words, size_t n);

/* Is the N bytes at T the string W?  (strncmp stops at the first
** difference, so no strlen is paid for each of the many calls.) */
static int text_is(const char *t, size_t n, const char *w) {
  return strncmp(t, w, n) == 0 && w[n] == 0;
}

static int tok_is(const hd_coder *c, size_t i, const char *w) {
  return i < c->ntokens && text_is(tok_text(c, &c->tokens[i]), tok_len(&c->tokens[i]), w);
}

static int tok_in(const hd_coder *c, size_t i, const char *const *words, size_t n) {
  const char *w = tok_text(c, &c->tokens[i]);
  size_t len = tok_len(&c->tokens[i]);
  for (int peel = 0; peel < 2; peel++) {
    for (size_t k = 0; k < n; k++)
      if (text_is(w, len, words[k])) return 1;
    if (len <= 2 || (memcmp(w, "\xd9\x88", 2) && memcmp(w, "\xd9\x81", 2))) break;
    w += 2, len -= 2;
  }
  return 0;
}

/* Does token I hold WORD, in any of its readings? */
static int token_holds(const hd_coder *c, size_t i, uint32_t word) {
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++)
    if (c->ana[t->ana + k].word == word) return 1;
  return 0;
}

/* The marker of KIND ([markers] of the dictionaries) that starts at token
** I, or NULL. */
static const hd_marker *marker_here(const hd_coder *c, size_t i, int kind) {
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++)
    for (const hd_marker *mk = hd_dict_first_marker(c->dict, c->ana[t->ana + k].word); mk;
         mk = hd_dict_next_marker(c->dict, mk)) {
      if (mk->kind != kind) continue;
      size_t n = 1;
      while (n < mk->nwords && i + n < c->ntokens && token_holds(c, i + n, mk->word[n])) n++;
      if (n == mk->nwords) return mk;
    }
  return NULL;
}

/* Tokens in the marker of KIND that starts at token I; 0 when none does. */
static size_t marker_at(const hd_coder *c, size_t i, int kind) {
  const hd_marker *mk = marker_here(c, i, kind);
  return mk ? mk->nwords : 0;
}

/* For explain: which marker line named a participant. */
static void explain_marker(const hd_coder *c, size_t i, int kind, const char *role, int g) {
  if (!c->explain || g < 0) return;   /* the lookup is repeated only to explain */
  const hd_marker *mk = marker_here(c, i, kind);
  if (!mk) return;
  const hd_token *t = &c->tokens[i];
  fprintf(c->explain, "  marker \"%.*s\" (%s:%u) names the %s: %s\n", (int)tok_len(t), tok_text(c, t),
          hd_dict_file(c->dict, mk->file), (unsigned)mk->line, role, c->actors[c->groups[g].first].code);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

static int tokenize(hd_coder *c, size_t start, size_t end, size_t *stop) {
  c->ntokens = c->nana = 0;
  size_t pos = start, a, b;
  int kind;
  while (c->ntokens < HD_MAX_SENTENCE_TOKENS && (kind = hd_next_token(c->norm.text, end, pos, &a, &b)) >= 0) {
    pos = b;
    if (GROW(c, tokens, c->ntokens + 1) || GROW(c, ana, c->nana + HD_MAX_ANALYSES)) return -1;
    hd_token *t = &c->tokens[c->ntokens++];
    t->start = (uint32_t)a; t->end = (uint32_t)b; t->kind = (uint8_t)kind;
    t->punct = kind == HD_TOK_PUNCT && b - a == 1 ? c->norm.text[a] : 0;
    t->ana = (uint32_t)c->nana;
    hd_origin origin = {c->original, c->norm.map + a};
    t->nana = kind == HD_TOK_WORD ? (uint8_t)hd_analyze_cached(c->cache, c->dict, c->norm.text + a, b - a, &origin,
                                                                c->ana + c->nana, HD_MAX_ANALYSES) : 0;
    c->nana += t->nana;
  }
  *stop = c->ntokens == HD_MAX_SENTENCE_TOKENS ? pos : end;
  return 0;
}

/* Quotes and brackets do not count as words between pattern elements. */
static int is_transparent(const hd_token *t) {
  return t->kind == HD_TOK_PUNCT && (t->punct == '"' || t->punct == '\'' || t->punct == '(' || t->punct == ')');
}

/* ------------------------------------------------------------------ */
/* Mentions: longest dictionary phrases, left to right                 */

static int node_has_entries(const hd_coder *c, uint32_t node) { return hd_dict_first_entry(c->dict, node) != NULL; }

static int is_nisba(const hd_dict *d, uint32_t word) {
  const char *w = hd_dict_word_text(d, word);
  size_t n = strlen(w);
  return n >= 4 && !memcmp(w + n - 2, "\xd9\x8a", 2);   /* ends in ي */
}

/* Follows the phrase trie from NODE over tokens I..; later words may carry
** the article and suffixes but no conjunction or preposition. */
static void extend_phrase(const hd_coder *c, uint32_t node, size_t i, size_t *best_end, uint32_t *best_node) {
  while (i < c->ntokens && c->tokens[i].kind == HD_TOK_WORD) {
    const hd_token *t = &c->tokens[i];
    uint32_t next = 0;
    for (size_t k = 0; k < t->nana && !next; k++) {
      const hd_analysis *a = &c->ana[t->ana + k];
      if (a->flags & (HD_CL_CONJ | HD_CL_PREP)) continue;
      if ((a->flags & HD_CL_ALEF) && !is_nisba(c->dict, a->word)) continue;
      next = hd_dict_child(c->dict, node, a->word);
    }
    if (!next) return;
    node = next;
    i++;
    if (node_has_entries(c, node) && i > *best_end) { *best_end = i; *best_node = node; }
  }
}

static int names_role(const hd_coder *c, uint32_t node) {
  for (const hd_entry *e = hd_dict_first_entry(c->dict, node); e; e = hd_dict_next_entry(c->dict, e))
    if (e->kind == HD_ENT_AGENT) return 1;
  return 0;
}

static int find_mentions(hd_coder *c) {
  c->nmentions = 0;
  for (size_t i = 0; i < c->ntokens;) {
    const hd_token *t = &c->tokens[i];
    size_t best_end = i;
    uint32_t best_node = 0;
    uint8_t clitics = 0;
    for (size_t k = 0; k < t->nana; k++) {
      const hd_analysis *a = &c->ana[t->ana + k];
      uint32_t node = hd_dict_child(c->dict, 0, a->word);
      if (!node) continue;
      /* names take no accusative alef (أردنا is not الأردن); roles and nisba
      ** adjectives do (47 شخصا، صحفيا فرنسيا) */
      if ((a->flags & HD_CL_ALEF) && !is_nisba(c->dict, a->word) && !names_role(c, node)) continue;
      size_t end = i;
      uint32_t n2 = 0;
      if (node_has_entries(c, node)) { end = i + 1; n2 = node; }
      extend_phrase(c, node, i + 1, &end, &n2);
      if (end > best_end) { best_end = end; best_node = n2; clitics = a->flags; }
    }
    if (best_end == i) { i++; continue; }
    if (GROW(c, mentions, c->nmentions + 1)) return -1;
    hd_mention *m = &c->mentions[c->nmentions++];
    m->tok_start = (uint32_t)i; m->tok_end = (uint32_t)best_end; m->node = best_node; m->clitics = clitics;
    i = best_end;
  }
  return 0;
}

/* The entry of KIND at a mention's node; for actors, the one whose office
** dates hold the article date, else one without dates. */
static const hd_entry *entry_of(const hd_coder *c, const hd_mention *m, int kind) {
  const hd_entry *undated = NULL, *any = NULL, *derived = NULL;
  for (const hd_entry *e = hd_dict_first_entry(c->dict, m->node); e; e = hd_dict_next_entry(c->dict, e)) {
    if (e->kind != kind) continue;
    if (kind != HD_ENT_ACTOR) {
      if (!(e->flags & HD_DERIVED)) return e;   /* a line of its own beats a derived form */
      if (!derived) derived = e;
      continue;
    }
    int dated = e->from != HD_NO_DAY || e->to != HD_NO_DAY;
    if (!dated) { if (!undated) undated = e; continue; }
    if (c->ref != HD_NO_DAY && (e->from == HD_NO_DAY || e->from <= c->ref) && (e->to == HD_NO_DAY || c->ref <= e->to))
      return e;
    if (!any) any = e;
  }
  if (kind != HD_ENT_ACTOR) return derived;
  if (undated) return undated;
  return c->ref == HD_NO_DAY ? any : NULL;
}

/* ------------------------------------------------------------------ */
/* Actors                                                              */

/* A new actor from mention M (its first words) to token END. */
/* DST = A followed by B, cut to HD_CODE_MAX - 1 bytes. */
static void join_code(char *dst, const char *a, const char *b) {
  size_t na = strnlen(a, HD_CODE_MAX - 1), nb = strnlen(b, HD_CODE_MAX - 1 - na);
  memcpy(dst, a, na);
  memcpy(dst + na, b, nb);
  dst[na + nb] = 0;
}

/* DST = the country that opens CODE followed by ROLE: "USAMIL", "GOV" -> "USAGOV". */
static void country_role(char *dst, const char *code, const char *role) {
  char country[4] = {0};
  memcpy(country, code, strnlen(code, 3));
  join_code(dst, country, role);
}

static hd_actor *new_actor(hd_coder *c, const hd_mention *m, uint32_t end, const char *code) {
  if (GROW(c, actors, c->nactors + 1)) return NULL;
  hd_actor *a = &c->actors[c->nactors++];
  memset(a, 0, sizeof *a);
  a->tok_start = m->tok_start; a->tok_end = end; a->clitics = m->clitics;
  snprintf(a->code, sizeof a->code, "%s", code);
  return a;
}

static int adjacent(const hd_coder *c, size_t k) {
  return k < c->nmentions && k > 0 && c->mentions[k].tok_start == c->mentions[k - 1].tok_end;
}

static int joined_by_and(const hd_coder *c, size_t k) {
  return adjacent(c, k) && (c->mentions[k].clitics & HD_CL_CONJ);
}

/* Country codes named after a role: adjectives ("الروسي والفرنسي") or, in
** construct, country names ("روسيا وفرنسا").  Returns mentions consumed. */
static size_t role_countries(const hd_coder *c, size_t k, const hd_entry **out, size_t max, size_t *n) {
  *n = 0;
  size_t j = k + 1;
  if (!adjacent(c, j)) return 0;
  int kind = entry_of(c, &c->mentions[j], HD_ENT_ADJ) ? HD_ENT_ADJ
           : entry_of(c, &c->mentions[j], HD_ENT_NAME) ? HD_ENT_NAME : -1;
  if (kind < 0 || entry_of(c, &c->mentions[j], HD_ENT_ACTOR)) return 0;
  while (j < c->nmentions && *n < max) {
    const hd_entry *e = entry_of(c, &c->mentions[j], kind);
    if (!e || (j > k + 1 && !joined_by_and(c, j))) break;
    out[(*n)++] = e;
    j++;
  }
  return j - k - 1;
}

/* A named actor right after a composed one ("الرئيس الروسي فلاديمير بوتين")
** is the same actor; its own code wins when it names a country. */
static size_t merge_name(hd_coder *c, size_t j, hd_actor *a) {
  if (!adjacent(c, j) || (c->mentions[j].clitics & HD_CL_CONJ)) return 0;
  const hd_entry *e = entry_of(c, &c->mentions[j], HD_ENT_ACTOR);
  if (!e) return 0;
  /* "وزير الدفاع الإسرائيلي حزب الله": a name of another country is
  ** another actor, the object of the verb */
  if (!a->bare && a->kind != HD_ACT_PARTIES && a->code[0] && strncmp(a->code, e->code, 3) != 0) return 0;
  a->tok_end = c->mentions[j].tok_end;
  if (a->kind == HD_ACT_PARTIES || !a->code[0] || strlen(e->code) >= 3) {
    snprintf(a->code, sizeof a->code, "%s", e->code);
    a->kind = HD_ACT_PLAIN;
  }
  a->why[3] = e;
  a->bare = 0;
  return 1;
}

/* A one-word mention with a pronoun suffix: "قواته". */
static int has_pronoun(const hd_mention *m) {
  return m->tok_end == m->tok_start + 1 && (m->clitics & HD_CL_SUFFIX) && !(m->clitics & HD_CL_ALEF);
}

/* The country of the last actor named so far in the sentence that has one. */
static const char *antecedent_country(const hd_coder *c) {
  for (size_t i = c->nactors; i-- > 0;) {
    const hd_actor *a = &c->actors[i];
    if (a->kind == HD_ACT_PLAIN && !a->bare && !a->weak && strlen(a->code) >= 3) return a->code;
  }
  return NULL;
}

static size_t compose_agent(hd_coder *c, size_t k, const hd_entry *agent) {
  const hd_mention *m = &c->mentions[k];
  const hd_entry *countries[HD_MAX_GROUP];
  size_t n, used = role_countries(c, k, countries, HD_MAX_GROUP, &n);
  size_t first = c->nactors;
  for (size_t i = 0; i < n; i++) {
    char code[HD_CODE_MAX];
    int bare = agent->flags & (HD_AGENT_SELF | HD_AGENT_PARTIES);
    join_code(code, countries[i]->code, bare ? "" : agent->code);
    const hd_mention *cm = &c->mentions[k + 1 + i];
    hd_actor *a = new_actor(c, i == 0 ? m : cm, cm->tok_end, code);
    if (!a) return 0;
    a->why[0] = agent; a->why[1] = countries[i];
  }
  if (n == 0 && has_pronoun(m) && !(agent->flags & HD_AGENT_PARTIES)) {
    /* "قواته", "جنودها": his forces are those of the country of the actor
    ** named before; with none in the sentence, no one's */
    const char *country = antecedent_country(c);
    if (!country) return 1;
    char code[HD_CODE_MAX];
    country_role(code, country, agent->code);
    hd_actor *a = new_actor(c, m, m->tok_end, code);
    if (!a) return 0;
    a->why[0] = agent;
    return 1;
  }
  if (n == 0) {
    hd_actor *a = new_actor(c, m, m->tok_end, "");
    if (!a) return 0;
    a->why[0] = agent;
    if (agent->flags & HD_AGENT_PARTIES) a->kind = HD_ACT_PARTIES;
    else if (agent->flags & HD_AGENT_ALONE) { snprintf(a->code, sizeof a->code, "%s", agent->code); a->bare = 1; }
    used += merge_name(c, k + 1, a);
    if (a->kind != HD_ACT_PARTIES && !a->code[0]) {
      /* a state body with no country ("احتجاجا على قرار الحكومة") is the
      ** one where the event happens; as it may be anyone's, it can be a
      ** target but never a source */
      if (!(agent->flags & HD_AGENT_BODY)) { c->nactors--; return 1; }
      snprintf(a->code, sizeof a->code, "%s", agent->code);
      a->bare = a->weak = 1;
    }
    return 1 + used;
  }
  if (n == 1) used += merge_name(c, k + 1 + used, &c->actors[first]);
  return 1 + used;
}

static int is_capital_word(const hd_coder *c, size_t i) {
  return tok_is(c, i, "\xd8\xb9\xd8\xa7\xd8\xb5\xd9\x85\xd9\x87") ||
         tok_is(c, i, "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd8\xb5\xd9\x85\xd9\x87");   /* عاصمه العاصمه */
}

/* Does a side or nearness word stand before the mention ("شمال العراق"،
** "بشرق أفغانستان"، "جنوب القاهرة"، "قرب بغداد")?  Then it names a place. */
static int after_side(const hd_coder *c, const hd_mention *m) {
  return m->tok_start > 0 && marker_at(c, m->tok_start - 1, HD_MARK_SIDE) == 1;
}

/* A capital is a place after في or ب; otherwise, acting, the government. */
static int is_located(const hd_coder *c, const hd_mention *m) {
  static const char *const preps[] = {"\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x8a",
                                      "\xd8\xb9\xd9\x86", "\xd9\x86\xd8\xad\xd9\x88"};   /* في من الي عن نحو */
  if ((m->clitics & HD_CL_IN) || after_side(c, m)) return 1;
  for (size_t i = 0; i < HD_ARRAY_LEN(preps); i++)
    if (m->tok_start > 0 && tok_is(c, m->tok_start - 1, preps[i])) return 1;
  /* "عاصمة العراق بغداد", "العاصمة الكينية نيروبي" */
  for (size_t back = 1; back <= 2 && back <= m->tok_start; back++)
    if (is_capital_word(c, m->tok_start - back)) return 1;
  return 0;
}

/* "في العراق" or "بالعراق": a country named as where something happens. */
static int is_in(const hd_coder *c, const hd_mention *m) {
  return (m->clitics & HD_CL_IN) || (m->tok_start > 0 && tok_is(c, m->tok_start - 1, "\xd9\x81\xd9\x8a")) ||
         after_side(c, m);
}

static size_t add_place(hd_coder *c, const hd_mention *m, const hd_entry *e) {
  if (GROW(c, places, c->nplaces + 1)) return 0;
  hd_place *p = &c->places[c->nplaces++];
  p->tok_start = m->tok_start; p->tok_end = m->tok_end;
  snprintf(p->country, sizeof p->country, "%.3s", e->code);
  if (!c->setting[0]) memcpy(c->setting, p->country, sizeof c->setting);
  return 1;
}

/* Composes the actor starting at mention K; returns mentions consumed. */
static size_t compose_actor(hd_coder *c, size_t k) {
  const hd_mention *m = &c->mentions[k];
  const hd_entry *e;
  if (!entry_of(c, m, HD_ENT_ACTOR) && !entry_of(c, m, HD_ENT_AGENT)) {
    if ((e = entry_of(c, m, HD_ENT_PLACE))) return add_place(c, m, e);
    if ((e = entry_of(c, m, HD_ENT_NAME)) && is_in(c, m)) return add_place(c, m, e);
    if ((e = entry_of(c, m, HD_ENT_CAPITAL)) && is_located(c, m)) return add_place(c, m, e);
  }
  if ((e = entry_of(c, m, HD_ENT_ACTOR))) {
    hd_actor *a = new_actor(c, m, m->tok_end, e->code);
    if (!a) return 0;
    a->why[0] = e;
    /* "الأمين العام لجامعة الدول العربية أحمد أبو الغيط": the office, then its holder */
    return 1 + merge_name(c, k + 1, a);
  }
  if ((e = entry_of(c, m, HD_ENT_AGENT))) return compose_agent(c, k, e);
  if ((e = entry_of(c, m, HD_ENT_NAME))) {
    hd_actor *a = new_actor(c, m, m->tok_end, e->code);
    if (!a) return 0;
    a->why[0] = e;
    return 1 + merge_name(c, k + 1, a);
  }
  if ((e = entry_of(c, m, HD_ENT_CAPITAL)) && !is_located(c, m)) {
    char code[HD_CODE_MAX];
    join_code(code, e->code, "GOV");
    hd_actor *a = new_actor(c, m, m->tok_end, code);
    if (!a) return 0;
    a->why[0] = e;
    return 1;
  }
  if ((e = entry_of(c, m, HD_ENT_ADJ))) {
    /* "في العاصمة العراقية" names a place */
    if (m->tok_start > 0 && is_capital_word(c, m->tok_start - 1)) return add_place(c, m, e);
    hd_actor *a = new_actor(c, m, m->tok_end, e->code);
    if (!a) return 0;
    a->why[0] = e;
    /* "رفض المقترح الإسرائيلي" rejects Israel's proposal; but a nisba on a
    ** noun never acts: "أدان الهجوم الإسرائيلي" has no Israeli source */
    a->weak = !(e->flags & HD_ADJ_PEOPLE);
    return 1;
  }
  return 1;
}

static int build_groups(hd_coder *c) {
  c->ngroups = 0;
  if (GROW(c, actor_at, c->ntokens + 1)) return -1;
  for (size_t i = 0; i < c->ntokens; i++) c->actor_at[i] = -1;
  for (size_t i = 0; i < c->nactors; i++) {
    hd_actor *a = &c->actors[i];
    int joins = c->ngroups > 0 && i > 0 && c->groups[c->ngroups - 1].count < HD_MAX_GROUP &&
                c->actors[i - 1].tok_end == a->tok_start && (a->clitics & HD_CL_CONJ);
    if (!joins) {
      if (GROW(c, groups, c->ngroups + 1)) return -1;
      hd_group *g = &c->groups[c->ngroups++];
      g->first = (uint32_t)i; g->count = 0; g->tok_start = a->tok_start;
    }
    hd_group *g = &c->groups[c->ngroups - 1];
    g->count++;
    g->tok_end = a->tok_end;
    a->group = (uint32_t)(c->ngroups - 1);
    for (size_t t = a->tok_start; t < a->tok_end; t++) c->actor_at[t] = (int32_t)(c->ngroups - 1);
  }
  return 0;
}

/* Does CODE open with an international code rather than a state's? */
static int is_international(const char *code) {
  static const char *const international[] = {"IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS"};
  for (size_t k = 0; k < HD_ARRAY_LEN(international); k++)
    if (!strncmp(code, international[k], 3)) return 1;
  return 0;
}

/* With no place named, the article is set in the country of its first
** state institution: "المتظاهرون المعارضون للحكومة التايلاندية" are in
** Thailand.  People named by nationality may be abroad ("عمال أتراك"), so
** they set nothing. */
static void note_setting(hd_coder *c) {
  static const char *const institutions[] = {"GOV", "COP", "MIL", "LEG", "JUD", "SPY"};
  for (size_t i = 0; i < c->nactors && !c->setting[0]; i++) {
    const hd_actor *a = &c->actors[i];
    if (a->kind != HD_ACT_PLAIN || a->bare || strlen(a->code) < 6 || is_international(a->code)) continue;
    for (size_t k = 0; k < HD_ARRAY_LEN(institutions); k++)
      if (!strncmp(a->code + 3, institutions[k], 3)) { snprintf(c->setting, sizeof c->setting, "%.3s", a->code); break; }
  }
}

static int find_actors(hd_coder *c) {
  c->nactors = 0;
  c->nplaces = 0;
  for (size_t k = 0; k < c->nmentions;) {
    size_t used = compose_actor(c, k);
    if (used == 0) return -1;
    k += used;
  }
  note_setting(c);
  return build_groups(c);
}

/* ------------------------------------------------------------------ */
/* Patterns                                                            */

typedef struct match {
  const hd_pattern *p;
  size_t anchor, last;         /* first and last word tokens */
  uint32_t words[HD_PHRASE_WORDS];  /* tokens of the pattern's words */
  size_t nwords;
  int source, target;          /* group indexes, -1 when empty */
  int passive_parties;         /* the source is the article's parties */
  int implicit_source;         /* the source is the pattern's @source= code */
  int noun;                    /* the anchor carries the article: a verbal noun */
  int source_before;           /* the source is the actor before the anchor, not a slot's */
  int attacker;                /* the source is a nisba after a noun of violence */
  int target_near;             /* the target is only the actor after the pattern's words */
  int carried;                 /* a plural verb with no subject before it: a pronoun's */
  const char *why_not;         /* for explain, when no event results */
} match;

static int token_has_word(const hd_coder *c, size_t i, const hd_pat_elem *el) {
  const hd_token *t = &c->tokens[i];
  for (size_t k = 0; k < t->nana; k++)
    if (hd_pat_elem_has(c->dict, el, c->ana[t->ana + k].word)) return 1;
  return 0;
}

/* Next token from POS holding a word of EL, within GAP words not
** counting actors and quotes; -1 when none. */
static long find_word(const hd_coder *c, size_t pos, const hd_pat_elem *el) {
  int gap = 0;
  for (size_t i = pos; i < c->ntokens; i++) {
    if (c->actor_at[i] >= 0) {
      const hd_group *g = &c->groups[c->actor_at[i]];
      /* "أسقطت الدفاعات الجوية طائرة إسرائيلية": a word of the pattern may
      ** open an actor of several words, which then fills the next slot */
      if (i == g->tok_start && g->tok_end > i + 1 && token_has_word(c, i, el)) return (long)i;
      i = g->tok_end - 1;
      continue;
    }
    if (c->tokens[i].kind == HD_TOK_WORD && token_has_word(c, i, el)) return (long)i;
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',' && !is_transparent(&c->tokens[i]) &&
        c->tokens[i].punct != '-')
      return -1;
    if (!is_transparent(&c->tokens[i]) && ++gap > GAP) return -1;
  }
  return -1;
}

/* A group led by a nisba on a common noun can be a target, never a source. */
static int is_weak(const hd_coder *c, int g) { return g >= 0 && c->actors[c->groups[g].first].weak; }

/* A count before an actor makes it the object of a transitive verb: in
** "قتل خمسة من عناصر الشرطة" the police were killed; they did not kill.
** ("تظاهر آلاف التونسيين" has no object: the count is its subject.) */
static int is_count(const hd_coder *c, size_t i) {
  static const char *const numbers[] = {
    "\xd8\xa7\xd8\xad\xd8\xaf", "\xd8\xa7\xd8\xab\xd9\x86\xd9\x8a\xd9\x86", "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd9\x86",
    "\xd8\xab\xd9\x84\xd8\xa7\xd8\xab\xd9\x87", "\xd8\xa7\xd8\xb1\xd8\xa8\xd8\xb9\xd9\x87", "\xd8\xae\xd9\x85\xd8\xb3\xd9\x87",
    "\xd8\xb3\xd8\xaa\xd9\x87", "\xd8\xb3\xd8\xa8\xd8\xb9\xd9\x87", "\xd8\xab\xd9\x85\xd8\xa7\xd9\x86\xd9\x8a\xd9\x87",
    "\xd8\xaa\xd8\xb3\xd8\xb9\xd9\x87", "\xd8\xb9\xd8\xb4\xd8\xb1\xd9\x87", "\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd9\x8a\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x81", "\xd8\xa7\xd9\x84\xd9\x81",
    "\xd9\x85\xd9\x8a\xd9\x87", "\xd9\x85\xd8\xa7\xd9\x8a\xd9\x87", "\xd8\xb9\xd8\xaf\xd8\xaf"};
  /* احد اثنين اثنان ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات ميات الاف الف ميه مايه عدد */
  if (c->tokens[i].kind == HD_TOK_NUMBER) return 1;
  for (size_t k = 0; k < HD_ARRAY_LEN(numbers); k++)
    if (tok_is(c, i, numbers[k])) return 1;
  return 0;
}

/* Does another group start right after group G? */
static int object_follows(const hd_coder *c, int g) {
  size_t j = c->groups[g].tok_end;
  return j < c->ntokens && c->actor_at[j] >= 0 && c->actor_at[j] != g;
}

/* Is group G followed by a count and the group it counts ("47 شخصا")? */
static int counted_object_follows(const hd_coder *c, int g) {
  size_t j = c->groups[g].tok_end, counts = 0;
  while (j < c->ntokens && counts < 3 && c->actor_at[j] < 0 && is_count(c, j)) j++, counts++;
  return counts > 0 && j < c->ntokens && c->actor_at[j] >= 0;
}

/* Groups that start in [POS, END) within GAP words of each other fill the
** slots KINDS[0..N) in order; a counted group skips the source slot. */
static void fill_slots(const hd_coder *c, size_t pos, size_t end, const uint8_t *kinds, size_t n, match *m,
                         int gap_max) {
  size_t k = 0;
  int gap = 0, counted = 0;
  for (size_t i = pos; i < end && k < n; i++) {
    int g = c->actor_at[i];
    if (g < 0 && is_count(c, i)) counted = 1;
    /* a counted group is the object, unless another follows it at once:
    ** "رشق مئات المتظاهرين قوات الأمن" has its subject counted */
    if (g >= 0 && counted && kinds[k] == HD_PAT_SOURCE && k + 1 < n && object_follows(c, g)) counted = 0;
    if (g >= 0 && (counted || is_weak(c, g)) && kinds[k] == HD_PAT_SOURCE && k + 1 < n) k++;   /* a target follows */
    if (g >= 0 && is_weak(c, g) && kinds[k] == HD_PAT_SOURCE) { i = c->groups[g].tok_end - 1; continue; }
    if (g >= 0 && k == n) break;
    if (g >= 0) {
      if (kinds[k] == HD_PAT_SOURCE) m->source = g; else m->target = g;
      k++; gap = 0; counted = 0;
      i = c->groups[g].tok_end - 1;
      continue;
    }
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',' && !is_transparent(&c->tokens[i])) break;
    if (!is_transparent(&c->tokens[i]) && ++gap > gap_max) break;
  }
}

static int is_relative(const hd_coder *c, size_t i) {
  static const char *const rel[] = {"\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a",
                                    "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86",
                                    "\xd8\xa7\xd9\x84\xd9\x84\xd8\xaa\xd9\x8a\xd9\x86"};   /* الذي التي الذين اللذين اللتين */
  for (size_t k = 0; k < HD_ARRAY_LEN(rel); k++)
    if (tok_is(c, i, rel[k])) return 1;
  return 0;
}

/* The group that stands before the anchor: adjacent, or within BEFORE_GAP
** words when ADJACENT_ONLY is 0.  A weak group is no subject, but can be
** the victim before a passive (WEAK_OK). */
static int group_before(const hd_coder *c, size_t anchor, int adjacent_only, int weak_ok) {
  int gap = 0;
  for (size_t i = anchor; i-- > 0;) {
    if (c->actor_at[i] >= 0) return is_weak(c, c->actor_at[i]) && !weak_ok ? -1 : c->actor_at[i];
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct == ')') return -1;   /* a list in brackets is no subject */
    /* "قالت الشرطة إن 5 قتلوا": a subject before إن or أن belongs to the verb that reports */
    if (tok_is(c, i, "\xd8\xa7\xd9\x86") || tok_is(c, i, "\xd8\xa8\xd8\xa7\xd9\x86") ||
        tok_is(c, i, "\xd9\x84\xd8\xa7\xd9\x86"))   /* ان بان لان */
      return -1;
    if (is_relative(c, i))   /* "التفجير الذي استهدف": the subject is the noun before الذي */
      return i > 0 && c->actor_at[i - 1] >= 0 ? c->actor_at[i - 1] : -1;
    if (t->kind == HD_TOK_PUNCT && !is_transparent(t) && t->punct != ',') return -1;
    if (is_transparent(t)) continue;
    if (adjacent_only || ++gap > BEFORE_GAP) return -1;
  }
  return -1;
}

static int subject_before(const hd_coder *c, size_t anchor, int adjacent_only) {
  return group_before(c, anchor, adjacent_only, 0);
}

/* Does token I end in the plural ending of a past verb (وا)? */
static int ends_in_plural(const hd_coder *c, size_t i) {
  const hd_token *t = &c->tokens[i];
  size_t n = tok_len(t);
  return n >= 8 && !memcmp(tok_text(c, t) + n - 4, "\xd9\x88\xd8\xa7", 4);   /* وا */
}

static int has_slot(const hd_pattern *p, int kind) {
  for (size_t k = 0; k < p->nelem; k++) if (p->elem[k].kind == kind) return 1;
  return 0;
}

/* Tries pattern P at token ANCHOR; fills M and returns 1 when every word
** of the pattern is found. */
static int try_pattern(const hd_coder *c, const hd_pattern *p, size_t anchor, int noun, match *m) {
  memset(m, 0, sizeof *m);
  m->p = p; m->anchor = m->last = anchor; m->source = m->target = -1;
  m->noun = noun;
  m->words[m->nwords++] = (uint32_t)anchor;
  /* a subject stands before a verb, never before a noun with the article:
  ** in "أدانت مصر التفجير" Egypt condemned the bombing, it did not bomb */
  int svo = noun ? -1 : subject_before(c, anchor, 1);
  /* a source slot after other words marks the agent ("قتلوا برصاص $"): the
  ** subject before such a verb is its victim, taken below as the target */
  int agent_later = p->nelem > 1 && p->elem[1].kind != HD_PAT_SOURCE && has_slot(p, HD_PAT_SOURCE);
  /* "خمسة مدنيين قتلوا في انفجار": a pattern whose verb is followed by its
  ** target reads the verb as passive; the subject before it is the victim */
  agent_later |= p->nelem > 1 && p->elem[1].kind == HD_PAT_TARGET;
  /* and so does one whose source is implied ("5 أشخاص قتلوا في انفجار") */
  agent_later |= p->default_source[0] && !has_slot(p, HD_PAT_SOURCE);
  /* "المستوطنون ... هاجموا المواطنين": a verb that carries its plural
  ** subject (-وا) has it before it or as a pronoun; the group after it is
  ** its object */
  int subject_carried = !noun && !agent_later && p->nelem > 1 && p->elem[1].kind == HD_PAT_SOURCE &&
                        ends_in_plural(c, anchor);
  if (subject_carried && svo < 0) m->carried = 1;   /* a pronoun: the subject of the clause before */
  int victim = -1;
  if (agent_later && svo >= 0) { victim = svo; svo = -1; }
  /* "بي نظير بوتو، قد قتلت في هجوم": the victim may stand a few words back */
  else if (agent_later && !noun) victim = group_before(c, anchor, 0, 1);
  uint8_t pending[HD_PHRASE_WORDS];
  size_t npending = 0, pos = anchor + 1;
  for (size_t k = 1; k < p->nelem; k++) {
    const hd_pat_elem *el = &p->elem[k];
    if (el->kind != HD_PAT_WORD) {
      if (!((svo >= 0 || subject_carried) && el->kind == HD_PAT_SOURCE)) pending[npending++] = el->kind;
      continue;
    }
    long at = find_word(c, pos, el);
    if (at < 0) return 0;
    fill_slots(c, pos, (size_t)at, pending, npending, m, GAP);
    npending = 0;
    pos = (size_t)at + 1;
    m->last = (size_t)at;
    m->words[m->nwords++] = (uint32_t)at;
  }
  /* slots after the last word stand close to it: the object follows the verb */
  fill_slots(c, pos, c->ntokens, pending, npending, m, TRAILING_GAP);
  /* "وقتل مهاجم انتحاري 47 شخصا": a group right after the verb with a
  ** counted one after it is the subject, and the verb is active */
  if (p->nelem > 1 && p->elem[1].kind == HD_PAT_TARGET && m->target >= 0 &&
      c->groups[m->target].tok_start == anchor + 1 && counted_object_follows(c, m->target))
    return 0;
  if (svo >= 0) m->source = svo;
  if (victim >= 0 && m->target < 0 && victim != m->source) m->target = victim;
  return 1;
}

/* The first group within GAP words after token POS, other than AVOID. */
static const char *const clause_openers[] = {
  "\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7", "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
  "\xd8\xad\xd9\x8a\xd8\xab", "\xd9\x83\xd9\x85\xd8\xa7"};   /* فيما بينما حيث كما, also after و */

static int group_after(const hd_coder *c, size_t pos, int avoid, int gap_max, int subject) {
  int gap = 0;
  for (size_t i = pos; i < c->ntokens; i++) {
    int g = c->actor_at[i];
    if (g < 0 && subject && is_count(c, i)) return -1;   /* a counted group is an object */
    if (g >= 0 && g != avoid) return g;
    if (g >= 0) { i = c->groups[g].tok_end - 1; continue; }
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct != ',' && !is_transparent(t)) return -1;
    /* a long reach stops where another clause begins: "، فيما طالب ..." */
    if (t->kind == HD_TOK_PUNCT && t->punct == ',' && gap_max > TRAILING_GAP && i + 1 < c->ntokens &&
        tok_in(c, i + 1, clause_openers, HD_ARRAY_LEN(clause_openers)))
      return -1;
    if (!is_transparent(t) && ++gap > gap_max) return -1;
  }
  return -1;
}

/* The agent of a passive or of a verbal noun, named after it: "على يد
** مسلحين", "بأيدي", "من قبل الشرطة", "من جانب عناصر من جيش المهدي",
** "برصاص الجيش". */
static int agent_phrase(const hd_coder *c, const match *m) {
  int gap = 0;
  /* from the pattern's last word on, which may open the phrase ("... نار من" + "جانب") */
  for (size_t i = m->last; i < c->ntokens && gap <= MARKER_REACH; i++) {
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct != ',' && !is_transparent(t)) return -1;
    if (c->actor_at[i] >= 0) { i = c->groups[c->actor_at[i]].tok_end - 1; continue; }
    size_t len = marker_at(c, i, HD_MARK_AGENT);
    if (len) {
      int g = group_after(c, i + len, m->target, 3, 0);
      if (g < 0 || is_weak(c, g)) return -1;
      explain_marker(c, i, HD_MARK_AGENT, "source", g);
      return g;
    }
    if (!is_transparent(t)) gap++;
  }
  return -1;
}

/* The CAMEO root of an event code: "1831" is 18. */
static int root_of(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

static int quad_of(const char *code) {
  int r = root_of(code);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

/* The weak group (a nisba) right after token I; one word of its own may
** come between: "ضربة جوية أميركية". */
static int nisba_after(const hd_coder *c, size_t i, int skip) {
  size_t at = i + 1;
  if (skip && at < c->ntokens && c->actor_at[at] < 0 && c->tokens[at].kind == HD_TOK_WORD) at++;
  int g = at < c->ntokens ? c->actor_at[at] : -1;
  if (g < 0 || c->groups[g].tok_start != at) return -1;
  const hd_actor *a = &c->actors[c->groups[g].first];
  return a->weak && a->why[0] && a->why[0]->kind == HD_ENT_ADJ ? g : -1;
}

/* "ضربة جوية أميركية", "غارة إسرائيلية": a nisba right after the words
** of violence names the attacker, not the victim. */
static void attacker_nisba(const hd_coder *c, match *m) {
  if (root_of(m->p->code) < 18 || (m->source >= 0 && !is_weak(c, m->source))) return;
  int g = nisba_after(c, m->last, 1);
  /* "غارة إسرائيلية على": where the pattern puts its source right after the
  ** anchor; "شن ضربة جوية أميركية على": right after a later word of it */
  if (g < 0 && m->p->nelem > 1 && m->p->elem[1].kind == HD_PAT_SOURCE) g = nisba_after(c, m->anchor, 0);
  for (size_t k = 1; g < 0 && k + 1 < m->nwords; k++) g = nisba_after(c, m->words[k], 0);
  if (g < 0) return;
  m->source = g;
  m->attacker = 1;
  if (m->target == g) m->target = -1;
}

/* The source when the pattern's slot stayed empty: for a pattern without
** a source slot, the subject right after the verb (verb-subject order is
** Arabic's own); else the subject before it. */
static void default_source(const hd_coder *c, match *m) {
  attacker_nisba(c, m);
  if (m->attacker) return;
  if (m->source < 0) {
    int g = agent_phrase(c, m);
    if (g >= 0 && g != m->target) m->source = g;
  }
  if (m->source < 0 && !has_slot(m->p, HD_PAT_SOURCE) && m->target < 0)
    m->source = group_after(c, m->anchor + 1, m->target, 1, has_slot(m->p, HD_PAT_TARGET));
  if (is_weak(c, m->source)) m->source = -1;
  if (m->source < 0 && !m->noun && !(m->p->flags & HD_PAT_PASSIVE)) {
    int g = subject_before(c, m->anchor, 0);
    if (g != m->target) m->source = g;   /* the victim before a passive verb stays the victim */
    m->source_before = m->source >= 0;
  }
  if (m->source == m->target) m->target = -1;
  if (m->source < 0 && (m->p->flags & HD_PAT_PASSIVE)) m->passive_parties = 1;
  if (m->source < 0 && !m->passive_parties && m->p->default_source[0]) m->implicit_source = 1;
}

/* An actor after في، حول، بشأن، عن or ب is a place or a topic, not an object. */
static int is_topic(const hd_coder *c, size_t tok) {
  static const char *const preps[] = {"\xd9\x81\xd9\x8a", "\xd8\xad\xd9\x88\xd9\x84",
                                      "\xd8\xa8\xd8\xb4\xd8\xa7\xd9\x86", "\xd8\xb9\xd9\x86"};  /* في حول بشان عن */
  const hd_token *t = &c->tokens[tok];
  if (t->nana && (c->ana[t->ana].flags & HD_CL_IN)) return 1;
  for (size_t i = 0; tok > 0 && i < HD_ARRAY_LEN(preps); i++)
    if (tok_is(c, tok - 1, preps[i])) return 1;
  return 0;
}

/* The target of a pattern without a target slot: the first actor after
** its last word, as the object follows the verb phrase. */
static void default_target(const hd_coder *c, match *m) {
  /* the partners of a call or a meeting are named with مع or بين, never as
  ** the object: "ناقشا الوضع في سوريا" is about Syria, not with it */
  if (m->target >= 0 || (m->p->flags & HD_PAT_SYM)) return;
  /* violence names its victims further on ("انفجار سيارة مفخخة قرب دورية
  ** للجيش العراقي"); other verbs take their object close */
  int violent = quad_of(m->p->code) == 4;
  if (has_slot(m->p, HD_PAT_TARGET) && !violent) return;
  int g = group_after(c, m->last + 1, m->source, violent ? VICTIM_GAP : TRAILING_GAP, 0);
  if (g >= 0 && g != m->source && !is_topic(c, c->groups[g].tok_start)) m->target = g, m->target_near = 1;
}

static int same_actor(const hd_coder *c, int g, int h) {
  return g >= 0 && h >= 0 && !strcmp(c->actors[c->groups[g].first].code, c->actors[c->groups[h].first].code);
}

/* The actor that a marker of KIND introduces, anywhere in the sentence:
** the first at or after the event's anchor, else the first before it;
** never the source. */
static int introduced_actor(const hd_coder *c, const match *m, int kind) {
  int before = -1;
  size_t before_at = 0;
  for (size_t i = 0; i < c->ntokens; i++) {
    if (c->actor_at[i] >= 0) continue;
    size_t len = marker_at(c, i, kind);
    if (!len) continue;
    int g = group_after(c, i + len, m->source, MARKER_REACH, 0);
    if (g < 0 || same_actor(c, g, m->source)) continue;
    if (i >= m->anchor) { explain_marker(c, i, kind, "target", g); return g; }
    if (before < 0) before = g, before_at = i;
  }
  if (before >= 0) explain_marker(c, before_at, kind, "target", before);
  return before;
}

/* The first actor quoted in the sentence, not the source: the chants and
** banners of a protest name whom it is against ("«لنسحق أميركا»"). */
static int quoted_actor(const hd_coder *c, const match *m) {
  int inside = 0;
  for (size_t i = 0; i < c->ntokens; i++) {
    const hd_token *t = &c->tokens[i];
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
static void protesters_from(const hd_coder *c, match *m) {
  if (m->source < 0 || root_of(m->p->code) != 14) return;
  const hd_group *g = &c->groups[m->source];
  const hd_entry *why = c->actors[g->first].why[0];
  if (!why || why->kind != HD_ENT_AGENT || !why->implies[0] || g->tok_end >= c->ntokens) return;
  if (!tok_is(c, g->tok_end, "\xd9\x85\xd9\x86")) return;   /* من */
  int from = group_after(c, g->tok_end + 1, m->source, 2, 0);
  if (from >= 0 && !is_weak(c, from) && from != m->target) m->source = from;
}

/* A protest or an act of violence whose target stands away from its verb:
** the addressee after "احتجاجا على" or "أمام", the victims after "مقتل". */
static void introduced_target(const hd_coder *c, match *m) {
  int root = root_of(m->p->code);
  /* "خرج مئات تدعمهم الأحزاب المعارضة احتجاجا على تعامل الحكومة": an
  ** addressee named as such beats the actor that merely follows */
  if (root == 14 && m->target_near) {
    int g = introduced_actor(c, m, HD_MARK_ADDRESSEE);
    if (g >= 0) m->target = g;
    return;
  }
  if (m->target >= 0 || (m->p->flags & HD_PAT_SYM)) return;
  if (root == 14) m->target = introduced_actor(c, m, HD_MARK_ADDRESSEE);
  if (root == 14 && m->target < 0) m->target = quoted_actor(c, m);
  else if (root >= 18) m->target = introduced_actor(c, m, HD_MARK_VICTIM);
}

/* "وانتقد الكرملين العقوبات واتهم واشنطن": a verb joined by و with one
** actor after it shares the subject of the verb before; the actor is its
** object. */
static void shared_subject(const hd_coder *c, match *m, int prev_source) {
  if (prev_source < 0 || m->source < 0 || m->target >= 0 || !has_slot(m->p, HD_PAT_TARGET)) return;
  const hd_token *t = &c->tokens[m->anchor];
  if (!t->nana || !(c->ana[t->ana].flags & HD_CL_CONJ) || m->source == prev_source) return;
  if (c->groups[m->source].tok_start < m->anchor) return;   /* a subject before the verb is its own */
  m->target = m->source;
  m->source = prev_source;
}

static int is_negation(const hd_coder *c, size_t anchor) {
  static const char *const neg[] = {
    "\xd9\x84\xd9\x85", "\xd9\x84\xd9\x86", "\xd9\x84\xd8\xa7", "\xd8\xb9\xd8\xaf\xd9\x85",
    "\xd8\xaf\xd9\x88\xd9\x86", "\xd8\xa8\xd8\xaf\xd9\x88\xd9\x86", "\xd9\x84\xd9\x8a\xd8\xb3",
    "\xd9\x88\xd9\x82\xd9\x81", "\xd9\x84\xd9\x88\xd9\x82\xd9\x81", "\xd8\xa8\xd9\x88\xd9\x82\xd9\x81",
    "\xd9\x88\xd9\x82\xd9\x81\xd8\xa7", "\xd8\xa7\xd8\xb0\xd8\xa7", "\xd9\x84\xd9\x88", "\xd8\xad\xd8\xa7\xd9\x84"};
  /* لم لن لا عدم دون بدون ليس; وقف لوقف بوقف وقفا (وقف إطلاق النار is a ceasefire); and the conditionals اذا لو (في) حال:
  ** what did not or may not happen is not an event */
  enum { CEASEFIRE_FIRST = 7, CEASEFIRE_COUNT = 4 };   /* the four forms of وقف */
  if (anchor > 0 && tok_in(c, anchor - 1, neg, HD_ARRAY_LEN(neg))) return 1;   /* ولم، فلا */
  /* "وقف فوري لإطلاق النار": a ceasefire word may stand one word further back */
  return anchor > 1 && tok_in(c, anchor - 2, neg + CEASEFIRE_FIRST, CEASEFIRE_COUNT);
}

/* Is a marker of KIND within REACH words before ANCHOR, in the same sentence? */
static int preceded_by(const hd_coder *c, size_t anchor, int kind, size_t reach) {
  for (size_t i = anchor, k = 0; i-- > 0 && k < reach; k++) {
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct != ',' && !is_transparent(t)) return 0;
    if (t->kind == HD_TOK_WORD && marker_at(c, i, kind)) return 1;
  }
  return 0;
}

/* Is the event at ANCHOR what someone denied a few words before?  "نفت
** الوزارة أن تكون طائراتها قد قصفت مستشفى" codes the denial only. */
static int is_denied(const hd_coder *c, size_t anchor) {
  return preceded_by(c, anchor, HD_MARK_DENIAL, DENIAL_REACH);
}

/* Was the attack at ANCHOR foiled, or its bomb defused or found?  "فككت
** الشرطة سيارة مفخخة", "أحبط الجيش هجوما". */
static int is_foiled(const hd_coder *c, size_t anchor) {
  return preceded_by(c, anchor, HD_MARK_FOILED, FOILED_REACH);
}

/* Which of two readings at one anchor explains more of the sentence: words
** and filled slots together; then one that needs no implied source (in
** "خطف مسلحون مجهولون عشرات التلاميذ" the gunmen are the subject, not the
** victims of a passive "خطف + من"); then the more specific, the fuller,
** the earlier line. */
static int better_match(const match *m, const match *b) {
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

/* A word after a preposition is a noun, whose subject does not stand
** before it: in "قتل 47 شخصا في هجوم" the dead did not attack. */
static int after_preposition(const hd_coder *c, size_t i) {
  static const char *const preps[] = {
    "\xd9\x81\xd9\x8a", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa1",
    "\xd8\xa7\xd8\xab\xd8\xb1", "\xd8\xb9\xd9\x82\xd8\xa8", "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x85\xd9\x86\xd8\xb0",
    "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7\xd8\xa1"};   /* في خلال جراء اثر عقب بعد منذ اثناء */
  /* (a prefixed ب or ل keeps the subject: "قام مسلحون بخطف") */
  return i > 0 && tok_in(c, i - 1, preps, HD_ARRAY_LEN(preps));
}

/* The best pattern at token I. */
static int best_match(hd_coder *c, size_t i, match *best) {
  const hd_token *t = &c->tokens[i];
  int found = 0;
  for (size_t k = 0; k < t->nana; k++) {
    const hd_pattern *ps[HD_MAX_ANCHORED];
    const hd_analysis *a = &c->ana[t->ana + k];
    size_t n = hd_dict_anchors(c->dict, a->word, ps, HD_ARRAY_LEN(ps));
    for (size_t j = 0; j < n; j++) {
      match m;
      if (!try_pattern(c, ps[j], i, (a->flags & HD_CL_ARTICLE) != 0 || after_preposition(c, i), &m)) continue;
      if (!found || better_match(&m, best)) { *best = m; found = 1; }
    }
  }
  return found;
}

/* ------------------------------------------------------------------ */
/* Events                                                              */

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
static int set_verb_evidence(hd_coder *c, const match *m) {
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

typedef struct party {
  const char *code;
  size_t tok_start, tok_end;   /* evidence; empty for the frame's parties */
  int bare;                    /* a role that takes the country of the place */
} party;

/* Members of group G; the article's parties stand in for PARTIES. */
static size_t expand_group(const hd_coder *c, int g, party *out, size_t max) {
  size_t n = 0;
  if (g < 0) return 0;
  const hd_group *gr = &c->groups[g];
  for (size_t i = 0; i < gr->count; i++) {
    const hd_actor *a = &c->actors[gr->first + i];
    if (a->kind == HD_ACT_PARTIES) {
      for (size_t p = 0; p < c->nparties && n < max; p++)
        out[n++] = (party){c->parties[p], a->tok_start, a->tok_end, 0};
    } else if (n < max) {
      out[n++] = (party){a->code, a->tok_start, a->tok_end, a->bare};
    }
  }
  return n;
}

/* The place named nearest to the event's words, and its distance. */
static const hd_place *nearest_place(const hd_coder *c, const match *m, size_t *dist) {
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
static const hd_place *event_place(const hd_coder *c, const match *m) {
  size_t dist;
  return nearest_place(c, m, &dist);
}

/* A role named without a country ("الشرطة") takes the country of the
** event's place, else of the article's setting: الشرطة in Basra is IRQCOP. */
static party localize(const hd_coder *c, party p, const hd_place *where, char *buf) {
  const char *country = where ? where->country : c->setting;
  if (!p.bare || !country[0]) return p;
  join_code(buf, country, p.code);
  p.code = buf;
  return p;
}

static int is_mutual_code(const char *code);

/* "انفجرت عبوة ناسفة ... مما أسفر عن مقتل أربعة": the deaths that a
** bombing caused are that bombing, not a second attack.  An unspecified
** violent code (180, 190, 200) from a source that already has a violent
** event in the sentence restates it. */
static int is_generic_violence(const char *code) {
  return !strcmp(code, "180") || !strcmp(code, "190") || !strcmp(code, "200");
}

static int restates_violence(const hd_coder *c, const char *source, const char *target, const char *code) {
  if (!is_generic_violence(code)) return 0;
  size_t n = strlen(source), nt = strlen(target);
  for (size_t i = 0; i < c->nseen; i++) {
    const char *k = c->seen[i], *last = strrchr(k, '|');
    if (strncmp(k, source, n) || k[n] != '|' || !last) continue;
    int violent = root_of(last + 1) >= 18;
    /* the same victims, or none named here: a restatement; other victims
    ** named here only are news */
    const char *t = k + n + 1;
    if (violent && (nt == 0 || ((size_t)(last - t) == nt && !strncmp(t, target, nt)))) return 1;
  }
  return 0;
}

/* An actor does not act on itself: the source or the target was misread.
** "أعلن الجيش الأميركي مقتل أحد جنوده في انفجار": the one who reports his
** losses is the victim, the attacker the pattern's implied one.  "نفذت
** القوات الأميركية ضربة جوية إثر تعرض قواتها": the target goes, or gives
** way to the pattern's implied one.  An exchange with oneself is none:
** returns 0 when there is no event. */
static int resolve_self_target(const hd_coder *c, const match *m, const party *s0, const hd_place *where,
                               party *sp, char *sbuf, const party **t, party *tp, char *tbuf) {
  if ((m->p->flags & HD_PAT_SYM) || is_mutual_code(m->p->code)) return 0;
  if (m->source_before && m->p->default_source[0] && strcmp(m->p->default_source, (*t)->code) != 0) {
    party d = {m->p->default_source, 0, 0, 1};
    *sp = localize(c, d, where, sbuf);
    if (strcmp(sp->code, (*t)->code) != 0) return 1;
    *sp = localize(c, *s0, where, sbuf);
  }
  *t = NULL;
  if (m->p->default_target[0] && strcmp(m->p->default_target, s0->code) != 0) {
    party d = {m->p->default_target, 0, 0, 1};
    *tp = localize(c, d, where, tbuf);
    if (strcmp(tp->code, sp->code) != 0) *t = tp;
  }
  return 1;
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

/* Is the event about to be emitted one the caller asked for?  By default
** actual events, and background ones that carry a date of their own. */
static int reported(const hd_coder *c, hd_day day) {
  if (c->realis_mask) return (c->realis_mask >> c->ev.realis) & 1;
  return c->ev.realis == HD_REALIS_ACTUAL || (c->ev.realis == HD_REALIS_BACKGROUND && day != HD_NO_DAY);
}

static int emit(hd_coder *c, const match *m, const party *s0, const party *t0, hd_day day) {
  size_t dist;
  const hd_place *where = nearest_place(c, m, &dist);
  /* its location only when named close to it: "بحث ... تطورات الأوضاع في
  ** قطاع غزة" is a call about Gaza, not in it */
  const hd_place *at = dist <= PLACE_REACH ? where : NULL;
  char sbuf[HD_CODE_MAX], tbuf[HD_CODE_MAX];
  party sp = localize(c, *s0, where, sbuf), tp;
  const party *s = &sp, *t = NULL;
  if (t0) { tp = localize(c, *t0, where, tbuf); t = &tp; }
  if (c->stop) return 0;
  if (t && strcmp(s->code, t->code) == 0 && !resolve_self_target(c, m, s0, where, &sp, sbuf, &t, &tp, tbuf))
    return 0;
  if (restates_violence(c, s->code, t ? t->code : "", m->p->code)) {
    if (c->explain) fprintf(c->explain, "  (%s %s %s restates a specific act of violence, not coded)\n", s->code,
                            m->p->code, t ? t->code : "\"\"");
    return 0;
  }
  char key[sizeof c->seen[0]];
  snprintf(key, sizeof key, "%s|%s|%s", s->code, t ? t->code : "", m->p->code);
  for (size_t i = 0; i < c->nseen; i++) if (!strcmp(c->seen[i], key)) return 0;
  if (c->nseen == HD_MAX_SENTENCE_EVENTS) return 0;
  memcpy(c->seen[c->nseen++], key, sizeof key);

  const hd_cameo *cm = hd_dict_cameo(c->dict, m->p->code);
  char date[11], root[3] = {m->p->code[0], m->p->code[1], 0};
  if (day != HD_NO_DAY) hd_day_format(day, date);
  memset(c->ev.nspans, 0, sizeof c->ev.nspans);
  c->ev.realis = HD_REALIS_ACTUAL;
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
    fprintf(c->explain, "  event  %s %s %s  date %s  (%s)\n", s->code, m->p->code, t ? t->code : "\"\"",
            day != HD_NO_DAY ? date : "null", c->ev.field[HD_FIELD_CODE_NAME]);
  else if (c->fn && reported(c, day) && c->fn(&c->ev, c->user)) c->stop = 1;
  return 0;
}

/* Remembers the parties of the first exchange between two or more actors. */
static void note_parties(hd_coder *c, const party *ps, size_t n) {
  if (c->nparties || n < 2) return;
  for (size_t i = 0; i < n && c->nparties < HD_MAX_PARTIES; i++) {
    int dup = 0;
    for (size_t j = 0; j < c->nparties; j++) dup |= !strcmp(c->parties[j], ps[i].code);
    if (!dup) snprintf(c->parties[c->nparties++], HD_CODE_MAX, "%s", ps[i].code);
  }
  if (c->nparties < 2) c->nparties = 0;
}

/* Codes that, said of a group with no one else named, are done among its
** members: intent to cooperate (03), consultation (04), material
** cooperation (06) and signing an agreement (057). */
static int is_mutual_code(const char *code) {
  return !strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "06", 2) || !strncmp(code, "057", 3);
}

/* Does party P's code begin with a state's code, not a role or an
** international one? */
static int is_state_code(const party *p) {
  return !p->bare && strlen(p->code) >= 3 && !is_international(p->code);
}

/* Codes the events of match M: each source with each target; a call or
** meeting both ways; a group acting together with no target, or the
** article's parties, with each other. */
static int code_match(hd_coder *c, const match *m, hd_day day) {
  party src[HD_MAX_GROUP * 2], tgt[HD_MAX_GROUP * 2];
  size_t ns, nt = expand_group(c, m->target, tgt, HD_ARRAY_LEN(tgt));
  if (m->passive_parties) {
    ns = 0;
    for (size_t p = 0; p < c->nparties; p++) src[ns++] = (party){c->parties[p], 0, 0, 0};
  } else if (m->implicit_source) {
    ns = 1;
    src[0] = (party){m->p->default_source, 0, 0, 1};
  } else {
    ns = expand_group(c, m->source, src, HD_ARRAY_LEN(src));
  }
  if (ns == 0) return 0;
  /* the country's armed force strikes: "غارة إسرائيلية" is ISRMIL */
  char armed[HD_MAX_GROUP * 2][HD_CODE_MAX];
  for (size_t i = 0; m->attacker && root_of(m->p->code) >= 19 && i < ns; i++) {
    join_code(armed[i], src[i].code, "MIL");
    src[i].code = armed[i];
  }
  int sym = m->p->flags & HD_PAT_SYM;
  int mutual = nt == 0 && ns >= 2 && (sym || is_mutual_code(m->p->code) || m->passive_parties);
  c->ev.mutual = mutual || (sym && nt > 0);
  if (mutual) {
    if (sym || !strncmp(m->p->code, "04", 2)) note_parties(c, src, ns);
    for (size_t i = 0; i < ns; i++)
      for (size_t j = 0; j < ns; j++)
        if (i != j && emit(c, m, &src[i], &src[j], day)) return -1;
    return 0;
  }
  if (nt && (sym || !strncmp(m->p->code, "04", 2))) {
    party all[HD_MAX_GROUP * 4];
    size_t n = 0;
    for (size_t i = 0; i < ns; i++) all[n++] = src[i];
    for (size_t i = 0; i < nt; i++) all[n++] = tgt[i];
    note_parties(c, all, n);
  }
  if (nt == 0 && m->p->default_target[0]) {
    /* "تظاهر آلاف في بيروت": with no addressee named, protest is a claim on
    ** the government where it happens; with no place known, on a government
    ** whose country the text does not give (GOV) */
    party t = {m->p->default_target, 0, 0, 1};
    char buf[HD_CODE_MAX], own[HD_CODE_MAX];
    party lt = localize(c, t, event_place(c, m), buf);
    for (size_t i = 0; i < ns; i++) {
      /* "تظاهر آلاف التونسيين": else the government of the protesters' country */
      party st = lt;
      if (lt.code == t.code && is_state_code(&src[i])) {
        country_role(own, src[i].code, t.code);
        st.code = own;
      }
      st.bare = 0;
      if (emit(c, m, &src[i], &st, day)) return -1;
    }
    return 0;
  }
  for (size_t i = 0; i < ns; i++) {
    if (nt == 0 && emit(c, m, &src[i], NULL, day)) return -1;
    for (size_t j = 0; j < nt; j++) {
      if (emit(c, m, &src[i], &tgt[j], day)) return -1;
      if (sym && emit(c, m, &tgt[j], &src[i], day)) return -1;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Dates and sentences                                                 */

#define MAX_DATES 8
#define MAX_DEFERRED 8   /* unspecified acts of violence held to the end of a sentence */

typedef struct dated { size_t tok_start, tok_end; hd_day day; } dated;

static size_t sentence_dates(hd_coder *c, size_t s, size_t e, dated *out) {
  hd_date_match dm[MAX_DATES];
  size_t n = hd_dates_find(c->norm.text + s, e - s, c->ref, dm, MAX_DATES);
  if (n > MAX_DATES) n = MAX_DATES;
  for (size_t i = 0; i < n; i++) {
    size_t a = s + dm[i].start, b = s + dm[i].end, t = 0;
    while (t < c->ntokens && c->tokens[t].end <= a) t++;
    out[i].tok_start = t;
    while (t < c->ntokens && c->tokens[t].start < b) t++;
    out[i].tok_end = t;
    out[i].day = dm[i].day;
  }
  return n;
}

/* The date nearest to the event's words within DATE_REACH, else the article's. */
static hd_day event_date(const hd_coder *c, const match *m, const dated *d, size_t n) {
  hd_day best = c->ref;
  size_t best_dist = DATE_REACH + 1;
  for (size_t i = 0; i < n; i++) {
    size_t dist = d[i].tok_end <= m->anchor ? m->anchor - d[i].tok_end
                : d[i].tok_start > m->last ? d[i].tok_start - m->last : 0;
    if (dist < best_dist) { best_dist = dist; best = d[i].day; }
  }
  return best;
}

static void explain_tokens(hd_coder *c) {
  fprintf(c->explain, "  tokens:");
  for (size_t i = 0; i < c->ntokens; i++) {
    const hd_token *t = &c->tokens[i];
    fprintf(c->explain, " %.*s", (int)tok_len(t), tok_text(c, t));
    for (size_t k = 0; k < t->nana; k++) {
      const hd_analysis *a = &c->ana[t->ana + k];
      if (a->pre == 0 && a->suf == 0) continue;
      fprintf(c->explain, "%s%.*s+%s%s%.*s", k ? "|" : "[", (int)a->pre, tok_text(c, t),
              hd_dict_word_text(c->dict, a->word), a->suf ? "+" : "", (int)a->suf,
              tok_text(c, t) + tok_len(t) - a->suf);
    }
    for (size_t k = 0; k < t->nana; k++) {
      const hd_analysis *a = &c->ana[t->ana + k];
      if (a->pre || a->suf) { fprintf(c->explain, "]"); break; }
    }
  }
  fprintf(c->explain, "\n");
}

static const char *kind_name(int kind) {
  static const char *const names[] = {"country", "adjective", "capital", "place", "actor", "agent", "stop word"};
  return kind >= 0 && kind < HD_ENT_KIND_COUNT ? names[kind] : "?";
}

static void explain_actors(hd_coder *c) {
  for (size_t i = 0; i < c->nactors; i++) {
    const hd_actor *a = &c->actors[i];
    uint32_t s = c->tokens[a->tok_start].start, e = c->tokens[a->tok_end - 1].end;
    fprintf(c->explain, "  actor  %-10s \"%.*s\"%s", a->kind == HD_ACT_PARTIES ? "PARTIES" : a->code,
            (int)(e - s), c->norm.text + s, i > 0 && a->group == c->actors[i - 1].group ? " (joined by و)" : "");
    for (size_t k = 0; k < HD_ARRAY_LEN(a->why); k++)
      if (a->why[k])
        fprintf(c->explain, " %s %s:%u", kind_name(a->why[k]->kind), hd_dict_file(c->dict, a->why[k]->file),
                (unsigned)a->why[k]->line);
    fprintf(c->explain, "\n");
  }
  for (size_t i = 0; i < c->nmentions; i++) {
    const hd_mention *m = &c->mentions[i];
    int is_actor = 0;
    for (size_t k = 0; k < c->nactors; k++)
      is_actor |= c->actors[k].tok_start <= m->tok_start && m->tok_end <= c->actors[k].tok_end;
    if (is_actor) continue;
    const hd_entry *e = hd_dict_first_entry(c->dict, m->node);
    uint32_t s = c->tokens[m->tok_start].start, en = c->tokens[m->tok_end - 1].end;
    fprintf(c->explain, "  known  \"%.*s\" is a %s (%s:%u) but no actor here\n", (int)(en - s), c->norm.text + s,
            kind_name(e->kind), hd_dict_file(c->dict, e->file), (unsigned)e->line);
  }
}

static void explain_match(hd_coder *c, const match *m, const char *verdict) {
  const hd_token *t = &c->tokens[m->anchor];
  fprintf(c->explain, "  verb   %s at \"%.*s\" (%s:%u): source %s, target %s%s%s\n", m->p->code, (int)tok_len(t),
          tok_text(c, t), hd_dict_file(c->dict, m->p->file), (unsigned)m->p->line,
          m->passive_parties ? "the article's parties" : m->implicit_source ? m->p->default_source : m->source >= 0 ? c->actors[c->groups[m->source].first].code : "none",
          m->target >= 0 ? c->actors[c->groups[m->target].first].code : "none", verdict ? ": " : "", verdict ? verdict : "");
}

/* ------------------------------------------------------------------ */
/* Gaps                                                                */

/* Little words that are neither actors nor verbs. */
static int is_function_word(const hd_coder *c, size_t i) {
  static const char *const words[] = {
    "\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x86", "\xd9\x82\xd8\xaf", "\xd9\x83\xd9\x85\xd8\xa7", "\xd8\xb9\xd9\x86",
    "\xd9\x85\xd8\xb9", "\xd9\x87\xd8\xb0\xd8\xa7", "\xd9\x87\xd8\xb0\xd9\x87", "\xd8\xb0\xd9\x84\xd9\x83",
    "\xd8\xaa\xd9\x84\xd9\x83", "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a",
    "\xd9\x84\xd9\x85", "\xd9\x84\xd8\xa7", "\xd9\x84\xd9\x86", "\xd9\x85\xd8\xa7", "\xd9\x88",
    "\xd8\xa8\xd9\x8a\xd9\x86", "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84",
    "\xd8\xad\xd9\x8a\xd8\xab", "\xd9\x83\xd9\x84", "\xd9\x87\xd9\x88", "\xd9\x87\xd9\x8a", "\xd8\xab\xd9\x85",
    "\xd9\x84\xd9\x82\xd8\xaf", "\xd8\xa8\xd9\x84", "\xd9\x83\xd8\xa7\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa",
    "\xd9\x84\xd9\x83\xd9\x86", "\xd8\xa7\xd9\x85\xd8\xa7", "\xd8\xa8\xd8\xad\xd8\xb3\xd8\xa8", "\xd8\xa7\xd9\x83\xd8\xab\xd8\xb1",
    "\xd9\x86\xd8\xad\xd9\x88", "\xd9\x81\xd9\x8a\xd9\x87\xd8\xa7", "\xd9\x81\xd9\x8a\xd9\x87", "\xd8\xb9\xd8\xaf\xd8\xaf",
    "\xd8\xb9\xd8\xa7\xd9\x85", "\xd9\x8a\xd9\x83\xd9\x88\xd9\x86", "\xd8\xaa\xd9\x83\xd9\x88\xd9\x86",
    "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87", "\xd8\xb9\xd9\x84\xd9\x8a\xd9\x87\xd8\xa7", "\xd8\xa8\xd9\x87",
    "\xd8\xa8\xd9\x87\xd8\xa7", "\xd8\xa7\xd9\x8a\xd8\xb6\xd8\xa7", "\xd9\x84\xd9\x85\xd8\xaf\xd9\x87",
    "\xd9\x8a\xd9\x82\xd9\x84", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xaf\xd9\x8a\xd8\xaf", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa"};
  /* and عليه عليها به بها ايضا لمده يقل العديد العشرات */
  /* في من علي الي ان قد كما عن مع هذا هذه ذلك تلك الذي التي لم لا لن ما و بين بعد قبل خلال حيث كل هو هي
  ** ثم لقد بل كان كانت لكن اما بحسب اكثر نحو فيها فيه عدد عام يكون تكون, with or without و ف before them */
  const hd_token *t = &c->tokens[i];
  return t->kind != HD_TOK_WORD || tok_len(t) <= 2 || tok_in(c, i, words, HD_ARRAY_LEN(words));
}

/* Is token I part of a phrase the dictionaries know (a place, say)? */
static int is_known(const hd_coder *c, size_t i) {
  for (size_t k = 0; k < c->nmentions; k++)
    if (c->mentions[k].tok_start <= i && i < c->mentions[k].tok_end) return 1;
  return 0;
}

/* Reports up to two content words from token I on, outside actors and
** known phrases. */
static void report_gap(hd_coder *c, int kind, size_t i) {
  while (i < c->ntokens && is_function_word(c, i) && c->tokens[i].kind != HD_TOK_PUNCT) i++;
  if (i >= c->ntokens || c->actor_at[i] >= 0 || is_known(c, i) || c->tokens[i].kind != HD_TOK_WORD) return;
  size_t j = i + 1;
  if (kind == 0 && j < c->ntokens && c->actor_at[j] < 0 && !is_known(c, j) && c->tokens[j].kind == HD_TOK_WORD &&
      !is_function_word(c, j))
    j++;
  uint32_t os = c->norm.map[c->sent_start], oe = c->norm.map[c->sent_end];
  c->gap(c->gap_user, kind, tok_text(c, &c->tokens[i]), c->tokens[j - 1].end - c->tokens[i].start,
         c->original + os, oe - os);
}

/* A sentence with actors and no event: its first word, or the word after
** its first actor, is most often the verb the dictionaries lack. */
static void report_silent_sentence(hd_coder *c) {
  if (c->ngroups == 0) return;
  size_t first = 0;
  while (first < c->ntokens && (c->tokens[first].kind != HD_TOK_WORD || is_function_word(c, first))) first++;
  if (first < c->ntokens && c->actor_at[first] < 0) report_gap(c, 1, first);
  else report_gap(c, 1, c->groups[0].tok_end);
}

/* Has the sentence coded an event of ROOT (two digits) yet? */
static int coded_root(const hd_coder *c, const char *root) {
  for (size_t i = 0; i < c->nseen; i++) {
    const char *code = strrchr(c->seen[i], '|');
    if (code && !strncmp(code + 1, root, 2)) return 1;
  }
  return 0;
}

/* Actors whose naming reports an event (@event=CODE: "المتظاهرون" are
** demonstrating) code it when no pattern of its root did. */
static int code_implied(hd_coder *c, size_t s, size_t e, dated *dates, long *ndates) {
  for (size_t g = 0; g < c->ngroups && !c->stop; g++) {
    const hd_actor *a = &c->actors[c->groups[g].first];
    const hd_entry *why = a->why[0];
    if (!why || why->kind != HD_ENT_AGENT || !why->implies[0] || coded_root(c, why->implies)) continue;
    if (c->targeted[g]) continue;   /* "فرقت الشرطة المتظاهرين": the dispersal is the event */
    if (is_negation(c, a->tok_start)) continue;
    hd_pattern p;
    memset(&p, 0, sizeof p);
    memcpy(p.code, why->implies, sizeof why->implies);
    /* demonstrators named with no verb of protest make, as the protest
    ** patterns' @target=GOV says, a claim on the government */
    if (!strncmp(p.code, "14", 2)) snprintf(p.default_target, sizeof p.default_target, "GOV");
    p.file = why->file; p.line = why->line;
    match m;
    memset(&m, 0, sizeof m);
    m.p = &p; m.anchor = a->tok_start; m.last = a->tok_end - 1; m.source = (int)g; m.target = -1;
    for (size_t t = a->tok_start; t < a->tok_end && m.nwords < HD_PHRASE_WORDS; t++) m.words[m.nwords++] = (uint32_t)t;
    m.last = c->groups[g].tok_end - 1;
    protesters_from(c, &m);
    default_target(c, &m);   /* "المتظاهرون المعارضون للحكومة التايلاندية" */
    introduced_target(c, &m);
    if (c->explain) fprintf(c->explain, "  implied %s by \"%.*s\" (%s:%u)\n", p.code, (int)tok_len(&c->tokens[a->tok_start]),
                            tok_text(c, &c->tokens[a->tok_start]), hd_dict_file(c->dict, why->file), (unsigned)why->line);
    if (*ndates < 0) *ndates = (long)sentence_dates(c, s, e, dates);
    if (code_match(c, &m, event_date(c, &m, dates, (size_t)*ndates))) return -1;
  }
  return 0;
}

static int code_patterns(hd_coder *c, size_t s, size_t e) {
  dated dates[MAX_DATES];
  long ndates = -1;   /* found when the first event needs them: most sentences have none */
  if (GROW(c, used, c->ntokens + 1) || GROW(c, targeted, c->ngroups + 1)) return -1;
  memset(c->used, 0, c->ntokens);
  memset(c->targeted, 0, c->ngroups);
  int matched = 0, prev_source = -1;
  match deferred[MAX_DEFERRED];
  hd_day deferred_day[MAX_DEFERRED];
  size_t ndeferred = 0;
  for (size_t i = 0; i < c->ntokens && !c->stop; i++) {
    if (c->used[i] || c->actor_at[i] >= 0 || c->tokens[i].nana == 0) continue;
    match m;
    if (!best_match(c, i, &m)) continue;
    for (size_t k = m.anchor; k <= m.last; k++) c->used[k] = 1;
    const char *why = NULL;
    if (is_negation(c, i)) why = "negated, not coded";
    else if (is_denied(c, i)) why = "denied, not coded";
    else if (quad_of(m.p->code) == 4 && is_foiled(c, i)) why = "foiled, not coded";
    else {
      /* "اغتالوا ... عندما أطلقوا عليه النار": the pronoun is the subject before */
      if (m.carried && m.source < 0) m.source = prev_source;
      default_source(c, &m);
      protesters_from(c, &m);
      shared_subject(c, &m, prev_source);
      /* a noun of violence standing alone takes as victims only those
      ** named as such ("مقتل"، "إصابة"), not whoever follows it */
      if (!(m.p->flags & HD_PAT_VICTIM)) default_target(c, &m);
      introduced_target(c, &m);
      if (m.source >= 0) prev_source = m.source;
      if (m.source < 0 && !m.passive_parties && !m.implicit_source) why = "no source actor, not coded";
      else if ((m.p->flags & HD_PAT_VICTIM) && m.target < 0) why = "no victim named, not coded";
      else if ((m.passive_parties || (m.source >= 0 && c->actors[c->groups[m.source].first].kind == HD_ACT_PARTIES)) &&
               c->nparties == 0)
        why = "the article's parties are not known yet, not coded";
    }
    if (c->explain) explain_match(c, &m, why);
    matched = 1;
    if (c->gap && m.source < 0 && !m.passive_parties && !m.implicit_source) report_gap(c, 0, m.anchor + 1);
    if (c->gap && m.target < 0 && has_slot(m.p, HD_PAT_TARGET)) report_gap(c, 0, m.last + 1);
    if (!why && ndates < 0) ndates = (long)sentence_dates(c, s, e, dates);
    if (!why && m.target >= 0) c->targeted[m.target] = 1;
    if (why) continue;
    hd_day day = event_date(c, &m, dates, (size_t)ndates);
    /* an unspecified act of violence waits for the sentence's specific
    ** ones, which it may only restate ("قتل ... في انفجار عبوة ناسفة") */
    if (is_generic_violence(m.p->code) && ndeferred < MAX_DEFERRED) {
      deferred[ndeferred] = m;
      deferred_day[ndeferred++] = day;
    } else if (code_match(c, &m, day)) {
      return -1;
    }
  }
  for (size_t k = 0; k < ndeferred && !c->stop; k++)
    if (code_match(c, &deferred[k], deferred_day[k])) return -1;
  if (c->gap && !matched) report_silent_sentence(c);
  return code_implied(c, s, e, dates, &ndates);
}

/* A stop word of the dictionaries ("مباراة", "المنتخب") marks a sentence
** out of scope: national teams meet, they do not consult. */
static const hd_entry *stop_word(const hd_coder *c) {
  for (size_t i = 0; i < c->nmentions; i++)
    for (const hd_entry *e = hd_dict_first_entry(c->dict, c->mentions[i].node); e; e = hd_dict_next_entry(c->dict, e))
      if (e->kind == HD_ENT_STOP) return e;
  return NULL;
}

static int code_piece(hd_coder *c, size_t s, size_t e, size_t *stop) {
  if (tokenize(c, s, e, stop) || find_mentions(c) || find_actors(c)) return -1;
  if (c->explain) { explain_tokens(c); explain_actors(c); }
  const hd_entry *off = stop_word(c);
  if (off) {
    if (c->explain)
      fprintf(c->explain, "  stop   %s (%s:%u): no event is coded in this sentence\n", off->code,
              hd_dict_file(c->dict, off->file), (unsigned)off->line);
    return 0;
  }
  return code_patterns(c, s, *stop);
}

static int has_word(const hd_coder *c, size_t s, size_t e) {
  size_t a, b;
  int kind;
  for (size_t pos = s; (kind = hd_next_token(c->norm.text, e, pos, &a, &b)) >= 0; pos = b)
    if (kind == HD_TOK_WORD) return 1;
  return 0;
}

static int code_text(hd_coder *c, const char *text, size_t len) {
  if (hd_normalize(&c->norm, text, len) != 0) return -1;
  c->original = text;
  size_t pos = 0, s, e;
  while (!c->stop && (pos = hd_next_sentence(c->norm.text, c->norm.len, pos, &s, &e)) != 0) {
    if (!has_word(c, s, e)) continue;
    c->sent_start = s; c->sent_end = e; c->nseen = 0;
    if (c->explain) {
      uint32_t os = c->norm.map[s], oe = c->norm.map[e];
      fprintf(c->explain, "sentence %d: %.*s\n", c->sentence, (int)(oe - os), text + os);
    }
    for (size_t piece = s, stop; piece < e; piece = stop)
      if (code_piece(c, piece, e, &stop)) return -1;
    c->sentence++;
    c->total_sentences++;
  }
  return 0;
}

/* The date printed in an article's first short lines, as news sites do. */
static hd_day header_date(hd_coder *c, const char *text, size_t len) {
  if (hd_normalize(&c->norm, text, len) != 0) return HD_NO_DAY;
  const char *t = c->norm.text;
  size_t n = c->norm.len, pos = 0;
  for (int lines = 0; pos < n && lines < 8; lines++) {
    const char *nl = memchr(t + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - t) : n;
    if (end - pos <= 160) {
      hd_day d = hd_date_header(t + pos, end - pos);
      if (d != HD_NO_DAY) return d;
    }
    while (end < n && (t[end] == '\n' || t[end] == ' ' || t[end] == '\r')) end++;
    pos = end;
  }
  return HD_NO_DAY;
}

static int starts_with_title(const char *text, size_t len, const char *title) {
  while (len && (*text == ' ' || *text == '\n' || *text == '\r' || *text == '\t')) text++, len--;
  size_t n = strlen(title);
  return n <= len && memcmp(text, title, n) == 0;
}

/* ------------------------------------------------------------------ */
/* Public interface                                                    */

hd_coder *hd_coder_new(const hd_dict *d, const char *fallback_date, hd_status *st) {
  hd_coder *c = calloc(1, sizeof *c);
  if (!c) { if (st) *st = HD_ERR_NOMEM; return NULL; }
  c->dict = d;
  c->cache = hd_analysis_cache_new();   /* without it, words are analysed every time */
  c->fallback = HD_NO_DAY;
  if (fallback_date && (c->fallback = hd_day_parse_iso(fallback_date)) == HD_NO_DAY) {
    hd_analysis_cache_free(c->cache);
    free(c);
    if (st) *st = HD_ERR_ARG;
    return NULL;
  }
  if (st) *st = HD_OK;
  return c;
}

void hd_coder_free(hd_coder *c) {
  if (!c) return;
  hd_norm_free(&c->norm);
  hd_analysis_cache_free(c->cache);
  free(c->tokens); free(c->ana); free(c->mentions); free(c->actors); free(c->groups); free(c->places);
  free(c->used); free(c->actor_at); free(c->targeted);
  for (size_t i = 0; i < HD_FIELD_COUNT; i++) hd_buf_free(&c->out[i]);
  free(c);
}

hd_skip hd_coder_skip(const hd_coder *c) { return c->skip; }
unsigned long hd_coder_sentences(const hd_coder *c) { return c->total_sentences; }

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!(s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) return 0;
  return 1;
}

hd_status hd_code_article(hd_coder *c, const hd_article *a, hd_event_fn fn, void *user) {
  c->skip = hd_article_skip(a);
  const char *text = hd_article_text(a);
  size_t len = hd_article_text_len(a);
  if (c->skip == HD_SKIP_NONE && blank(text, len)) c->skip = HD_SKIP_EMPTY;
  if (c->skip != HD_SKIP_NONE) return HD_SKIP;
  c->fn = fn; c->user = user; c->stop = 0;
  c->doc = hd_article_id(a);
  c->nparties = 0;
  c->setting[0] = 0;
  c->sentence = 0;
  const char *date = hd_article_date(a);
  c->ref = date ? hd_day_parse_iso(date) : HD_NO_DAY;
  if (c->ref == HD_NO_DAY) c->ref = c->fallback;
  if (c->ref == HD_NO_DAY) c->ref = header_date(c, text, len);
  if (c->explain) {
    char d[11] = "null";
    if (c->ref != HD_NO_DAY) hd_day_format(c->ref, d);
    fprintf(c->explain, "article %s, date %s\n", c->doc, d);
  }
  const char *title = hd_article_title(a);
  if (title && *title && !starts_with_title(text, len, title) && code_text(c, title, strlen(title)))
    return HD_ERR_NOMEM;
  return code_text(c, text, len) ? HD_ERR_NOMEM : HD_OK;
}

hd_status hd_explain(hd_coder *c, const hd_article *a, FILE *out) {
  c->explain = out;
  hd_status st = hd_code_article(c, a, NULL, NULL);
  c->explain = NULL;
  return st;
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

void hd_coder_set_realis(hd_coder *c, unsigned mask) { c->realis_mask = mask & HD_REALIS_ALL; }

static const char *const realis_names[HD_REALIS_COUNT] = {
  "actual", "background", "planned", "hypothetical", "negated", "called-for", "threatened", "alleged"};

const char *hd_realis_name(hd_realis r) { return (unsigned)r < HD_REALIS_COUNT ? realis_names[r] : "?"; }

int hd_realis_from_name(const char *name) {
  for (int r = 0; r < HD_REALIS_COUNT; r++)
    if (!strcmp(name, realis_names[r])) return r;
  return -1;
}
