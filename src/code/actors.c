/*
** actors.c: who is named in a sentence.  Finds noun-phrase mentions
** (longest dictionary match from the left), composes actors from them
** (role + country adjective + name: "الرئيس الروسي فلاديمير بوتين"), tells
** places from actors ("في العراق" names a place), and joins actors linked
** by و into groups that fill one slot together.
*/
#include <stdlib.h>
#include "code/coder.h"

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

int hd_find_mentions(hd_coder *c) {
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

/* Can mention M be read as entry E, as it is written (coder.h)? */
int hd_entry_reads(const hd_coder *c, const hd_mention *m, const hd_entry *e) {
  /* "برصاص الاحتلال" names Israel's forces; "احتلال تركيا لعفرين" and
  ** "احتلالها" name no one; "الخليل" is Hebron, "علي حسن خليل" a name, and
  ** "فرقة" no "ف" + "الرقة"; but "يا عراق" calls Iraq */
  if ((e->flags & HD_DEFINITE) && !(m->clitics & HD_CL_ARTICLE) &&
      !(e->kind != HD_ENT_ACTOR && m->tok_start > 0 && hd_tok_is(c, m->tok_start - 1, "\xd9\x8a\xd8\xa7")))   /* يا */
    return 0;
  /* ("الحماس" is enthusiasm, not حماس; "المؤدي" leads, it is not مودي) */
  return !((e->flags & HD_BARE) && (m->clitics & HD_CL_ARTICLE));
}

/* Is the text set in one of the countries of IN ("SYRIRQ"): the
** article's setting, or a place the sentence names? */
static int set_in(const hd_coder *c, const char *in) {
  for (const char *p = in; *p; p += 3) {
    if (!strncmp(c->setting, p, 3)) return 1;
    for (size_t k = 0; k < c->nmentions; k++)
      for (const hd_entry *e = hd_dict_first_entry(c->dict, c->mentions[k].node); e; e = hd_dict_next_entry(c->dict, e))
        /* (a place that is one only there is no sign of being there) */
        if ((e->kind == HD_ENT_PLACE || e->kind == HD_ENT_CAPITAL) && !e->in[0] && !strncmp(e->code, p, 3) &&
            hd_entry_reads(c, &c->mentions[k], e))
          return 1;
  }
  return 0;
}

/* The entry of KIND at a mention's node; for actors, the one whose office
** dates hold the article date, else one without dates. */
static const hd_entry *entry_of(const hd_coder *c, const hd_mention *m, int kind) {
  const hd_entry *undated = NULL, *any = NULL, *derived = NULL;
  for (const hd_entry *e = hd_dict_first_entry(c->dict, m->node); e; e = hd_dict_next_entry(c->dict, e)) {
    if (e->kind != kind) continue;
    /* "التحالف" is the Saudi-led one in Yemen, the US-led one in Syria */
    if (e->in[0] && !set_in(c, e->in)) continue;
    if (!hd_entry_reads(c, m, e)) continue;
    if (kind != HD_ENT_ACTOR) {
      if (!(e->flags & HD_DERIVED)) return e;   /* a line of its own beats a derived form */
      if (!derived) derived = e;
      continue;
    }
    int dated = e->from != HD_NO_DAY || e->to != HD_NO_DAY;
    /* (an undated line for where the text is set beats one for anywhere:
    ** "الميليشيات الإيرانية" are the Houthis in Yemen) */
    if (!dated) { if (!undated || (e->in[0] && !undated->in[0])) undated = e; continue; }
    if (c->ref != HD_NO_DAY && (e->from == HD_NO_DAY || e->from <= c->ref) && (e->to == HD_NO_DAY || c->ref <= e->to))
      return e;
    if (!any) any = e;
  }
  if (kind != HD_ENT_ACTOR) return derived;
  /* "مؤمني" (Iran's interior minister from 2024) in 2018, "فانس" before
  ** 2025: an undated line of the office a name held from a later day is not
  ** the name's before that day */
  if (undated && c->ref != HD_NO_DAY) {
    int later = 0, earlier = 0;
    for (const hd_entry *e = hd_dict_first_entry(c->dict, m->node); e; e = hd_dict_next_entry(c->dict, e)) {
      if (e->kind != kind || strcmp(e->code, undated->code)) continue;
      if (e->from != HD_NO_DAY && e->from > c->ref) later = 1;
      else if (e->from != HD_NO_DAY || e->to != HD_NO_DAY) earlier = 1;
    }
    if (later && !earlier) return NULL;
  }
  if (undated) return undated;
  return c->ref == HD_NO_DAY ? any : NULL;
}

/* DST = A followed by B, cut to HD_CODE_MAX - 1 bytes. */
void hd_join_code(char *dst, const char *a, const char *b) {
  size_t na = strnlen(a, HD_CODE_MAX - 1), nb = strnlen(b, HD_CODE_MAX - 1 - na);
  memcpy(dst, a, na);
  memcpy(dst + na, b, nb);
  dst[na + nb] = 0;
}

/* DST = the country that opens CODE followed by ROLE: "USAMIL", "GOV" -> "USAGOV". */
void hd_country_role(char *dst, const char *code, const char *role) {
  char country[4] = {0};
  memcpy(country, code, strnlen(code, 3));
  hd_join_code(dst, country, role);
}

static hd_actor *new_actor(hd_coder *c, const hd_mention *m, uint32_t end, const char *code) {
  if (GROW(c, actors, c->nactors + 1)) return NULL;
  hd_actor *a = &c->actors[c->nactors++];
  memset(a, 0, sizeof *a);
  a->tok_start = m->tok_start; a->tok_end = end; a->clitics = m->clitics;
  hd_copy_str(a->code, sizeof a->code, code);
  return a;
}

static int adjacent(const hd_coder *c, size_t k) {
  return k < c->nmentions && k > 0 && c->mentions[k].tok_start == c->mentions[k - 1].tok_end;
}

static int joined_by_and(const hd_coder *c, size_t k) {
  return adjacent(c, k) && (c->mentions[k].clitics & HD_CL_CONJ);
}

/* Does token I carry the article (الـ، or لـ with it: للـ), after a
** conjunction or a preposition? */
static int definite(const hd_coder *c, size_t i) {
  const char *w = tok_text(c, &c->tokens[i]);
  size_t n = tok_len(&c->tokens[i]);
  if (n > 4 && (!memcmp(w, "\xd9\x88", 2) || !memcmp(w, "\xd9\x81", 2))) w += 2, n -= 2;   /* و ف */
  if (n > 4 && !memcmp(w, "\xd9\x84\xd9\x84", 4)) return 1;                                 /* لل */
  if (n > 4 && (!memcmp(w, "\xd8\xa8", 2) || !memcmp(w, "\xd9\x84", 2) || !memcmp(w, "\xd9\x83", 2))) w += 2, n -= 2;
  return n > 4 && !memcmp(w, "\xd8\xa7\xd9\x84", 4);                                        /* ال */
}

/* Do the words between mention K, a minister's title (@portfolio), and the
** mention after it name its portfolio: one to three words with the article,
** the first with no clitic before it and the others with none but و ("وزير
** المال الفرنسي"، "وزير الشباب والرياضة المصري"، "وزيرة التنمية الدولية
** البريطانية")? */
static int past_portfolio(const hd_coder *c, size_t k) {
  const hd_entry *e = entry_of(c, &c->mentions[k], HD_ENT_AGENT);
  if (!e || !(e->flags & HD_AGENT_PORTFOLIO) || k + 1 >= c->nmentions) return 0;
  size_t at = c->mentions[k].tok_end, next = c->mentions[k + 1].tok_start;
  if (next <= at || next - at > 3) return 0;
  for (size_t i = at; i < next; i++) {
    const hd_token *t = &c->tokens[i];
    const char *w = tok_text(c, t);
    size_t len = tok_len(t);
    if (t->kind != HD_TOK_WORD) return 0;
    if (i > at && len > 2 && !memcmp(w, "\xd9\x88", 2)) w += 2, len -= 2;   /* و */
    if (len <= 4 || memcmp(w, "\xd8\xa7\xd9\x84", 4) != 0) return 0;      /* ال */
  }
  return 1;
}

/* Country codes named after a role: adjectives ("الروسي والفرنسي") or, in
** construct, country names ("روسيا وفرنسا"); after a minister's portfolio,
** adjectives only ("وزير المال الفرنسي").  Returns mentions consumed. */
static size_t role_countries(const hd_coder *c, size_t k, int capitals, const hd_entry **out, size_t max, size_t *n) {
  *n = 0;
  size_t j = k + 1;
  int portfolio = !adjacent(c, j) && past_portfolio(c, k);
  if (!adjacent(c, j) && !portfolio) return 0;
  /* (a capital in construct stands for its state, after a role of a state
  ** or of its people (CAPITALS): "نظام طهران"، "حكومة دمشق"، "سلطات
  ** الدوحة"، "سفير لندن"، "شرطة كييف"; not after ب, "بقيادة واشنطن" names
  ** who leads, nor with a preposition of its own, "وفدها بالقاهرة" is where
  ** the delegation is) */
  int kind = entry_of(c, &c->mentions[j], HD_ENT_ADJ) ? HD_ENT_ADJ
           : entry_of(c, &c->mentions[j], HD_ENT_NAME) && !portfolio ? HD_ENT_NAME
           : capitals && entry_of(c, &c->mentions[j], HD_ENT_CAPITAL) && !portfolio && !(c->mentions[k].clitics & HD_CL_IN) &&
                 !(c->mentions[j].clitics & HD_CL_PREP)
               ? HD_ENT_CAPITAL
               : -1;
  if (kind < 0 || entry_of(c, &c->mentions[j], HD_ENT_ACTOR)) return 0;
  /* a noun in construct carries no article: "رئيس فرنسا" is France's
  ** president, "وتتهم المملكة إيران" two actors; with ل it may
  ** ("الممثل الدائم لسوريا") */
  if (kind != HD_ENT_ADJ && definite(c, c->mentions[k].tok_end - 1) && !(c->mentions[j].clitics & HD_CL_PREP)) return 0;
  while (j < c->nmentions && *n < max) {
    const hd_entry *e = entry_of(c, &c->mentions[j], kind);
    if (!e || (j > k + 1 && !joined_by_and(c, j))) break;
    out[(*n)++] = e;
    j++;
  }
  return j - k - 1;
}

/* Does token I open the name of a body ("جماعة الإخوان"، "حزب الله"),
** not of a person? */
static int opens_body(const hd_coder *c, size_t i) {
  /* جماعه حركه حزب تنظيم منظمه مجلس وزاره جيش قوات ميليشيا ميليشيات هييه اتحاد جبهه تحالف, and with ال;
  ** فيلق كتايب سرايا */
  static const char *const bodies[] = {
    "\xd8\xac\xd9\x85\xd8\xa7\xd8\xb9\xd9\x87", "\xd8\xad\xd8\xb1\xd9\x83\xd9\x87", "\xd8\xad\xd8\xb2\xd8\xa8",
    "\xd8\xaa\xd9\x86\xd8\xb8\xd9\x8a\xd9\x85", "\xd9\x85\xd9\x86\xd8\xb8\xd9\x85\xd9\x87",
    "\xd9\x85\xd8\xac\xd9\x84\xd8\xb3", "\xd9\x88\xd8\xb2\xd8\xa7\xd8\xb1\xd9\x87", "\xd8\xac\xd9\x8a\xd8\xb4",
    "\xd9\x82\xd9\x88\xd8\xa7\xd8\xaa", "\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7",
    "\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7\xd8\xaa", "\xd9\x87\xd9\x8a\xd9\x8a\xd9\x87",
    "\xd8\xa7\xd8\xaa\xd8\xad\xd8\xa7\xd8\xaf", "\xd8\xac\xd8\xa8\xd9\x87\xd9\x87",
    "\xd8\xaa\xd8\xad\xd8\xa7\xd9\x84\xd9\x81", "\xd8\xa7\xd9\x84\xd8\xac\xd9\x85\xd8\xa7\xd8\xb9\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb1\xd9\x83\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb2\xd8\xa8",
    "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x86\xd8\xb8\xd9\x8a\xd9\x85",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xb8\xd9\x85\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd9\x84\xd8\xb3",
    "\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4", "\xd8\xa7\xd9\x84\xd9\x82\xd9\x88\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd9\x84\xd9\x8a\xd8\xb4\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x87\xd9\x8a\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd8\xad\xd8\xa7\xd8\xaf",
    "\xd8\xa7\xd9\x84\xd8\xac\xd8\xa8\xd9\x87\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd8\xa7\xd9\x84\xd9\x81",
    "\xd9\x81\xd9\x8a\xd9\x84\xd9\x82", "\xd9\x83\xd8\xaa\xd8\xa7\xd9\x8a\xd8\xa8", "\xd8\xb3\xd8\xb1\xd8\xa7\xd9\x8a\xd8\xa7"};
  return hd_tok_in(c, i, bodies, HD_ARRAY_LEN(bodies));
}

/* A now takes the name E, whose words end at token END: its code, when it
** names a country (or A had none), and its evidence. */
static void take_name(hd_actor *a, const hd_entry *e, uint32_t end) {
  a->tok_end = end;
  if (a->kind == HD_ACT_PARTIES || !a->code[0] || strlen(e->code) >= 3) {
    hd_copy_str(a->code, sizeof a->code, e->code);
    a->kind = HD_ACT_PLAIN;
  }
  a->why[3] = e;
  a->bare = 0;
}

/* A named actor right after a composed one ("الرئيس الروسي فلاديمير بوتين")
** is the same actor; its own code wins when it names a country.  A body
** after it ("الرئيس المصري جماعة الإخوان") is another actor. */
static size_t merge_name(hd_coder *c, size_t j, hd_actor *a) {
  if (!adjacent(c, j) || (c->mentions[j].clitics & HD_CL_CONJ)) return 0;
  /* "مسلحو حركة الشباب" are the movement's; "الرئيس المصري جماعة الإخوان" two actors,
  ** and so are a role with the article and a body after it, which it is not
  ** in construct with: "واتهمت الشرطة حركة حماس"، "وحمل الجيش فيلق القدس" */
  if (opens_body(c, c->mentions[j].tok_start) &&
      ((!a->bare && strlen(a->code) >= 3) || definite(c, a->tok_end - 1)))
    return 0;
  const hd_entry *e = entry_of(c, &c->mentions[j], HD_ENT_ACTOR);
  if (!e) return 0;
  /* "وزير الدفاع الإسرائيلي حزب الله": a name of another country is
  ** another actor, the object of the verb */
  if (!a->bare && a->kind != HD_ACT_PARTIES && a->code[0] && strncmp(a->code, e->code, 3) != 0) return 0;
  take_name(a, e, c->mentions[j].tok_end);
  return 1;
}

/* A name in quotes right after a role, with the word of its body between
** or not: "مسلحي تنظيم «الدولة الإسلامية»"، "زعيم حزب «الشعب»" are the
** body's, as "مسلحي تنظيم الدولة الإسلامية" is.  J is the mention after
** the role's; returns the mentions consumed. */
static size_t merge_quoted(hd_coder *c, size_t j, hd_actor *a) {
  if (j == 0 || j >= c->nmentions) return 0;
  size_t at = c->mentions[j - 1].tok_end, b = j;
  /* (without the word of a body, only an armed role or a body's own word
  ** names one: "مسلحي «أحرار الشام»"، "ميليشيا «حزب الله»"; "المحتجون
  ** «خامنئي»" chant a name) */
  int armed = hd_has_role(a->code, "UAF") || hd_has_role(a->code, "REB") || hd_has_role(a->code, "MIL") ||
              opens_body(c, c->mentions[j - 1].tok_start);
  if (at < c->ntokens && opens_body(c, at)) {
    armed = 1;
    if (c->mentions[b].tok_start == at) {   /* the body's word a mention of its own: "تنظيم" */
      if (c->mentions[b].tok_end != at + 1 || entry_of(c, &c->mentions[b], HD_ENT_ACTOR)) return 0;
      b++;
    }
    at++;
  }
  if (!armed || b >= c->nmentions || at >= c->ntokens || c->tokens[at].kind != HD_TOK_PUNCT || c->tokens[at].punct != '"' ||
      c->mentions[b].tok_start != at + 1 || (c->mentions[b].clitics & (HD_CL_CONJ | HD_CL_PREP)))
    return 0;
  const hd_entry *e = entry_of(c, &c->mentions[b], HD_ENT_ACTOR);
  if (!e || (!a->bare && a->code[0] && strncmp(a->code, e->code, 3) != 0)) return 0;
  uint32_t end = c->mentions[b].tok_end;
  if (end < c->ntokens && c->tokens[end].kind == HD_TOK_PUNCT && c->tokens[end].punct == '"') end++;   /* its closing quote */
  take_name(a, e, end);
  return b - j + 1;
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

/* Does the head's title M (@head, one word without the article) stand in
** construct with a noun that names no state: "رئيس الجامعة"، "رئيس لجنة
** الشؤون الخارجية"، "رئيس شرطة لندن"?  It heads that, not the state; an
** agent that noun begins is an actor of its own ("شرطة لندن").  A country
** ("رئيس فرنسا") or a body's name after it ("رئيس حركة النهضة") was taken
** before; the state's own ("رئيس الوزراء"، "رئيس البلاد") are lines of
** their own. */
static size_t compose_actor(hd_coder *c, size_t k);

static int heads_other(const hd_coder *c, size_t k, const hd_entry *agent) {
  const hd_mention *m = &c->mentions[k];
  /* في من الي علي عن ان انه الذي التي مع منذ بعد قبل */
  static const char *const particles[] = {
    "\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x8a", "\xd8\xb9\xd9\x84\xd9\x8a",
    "\xd8\xb9\xd9\x86", "\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x86\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a", "\xd9\x85\xd8\xb9",
    "\xd9\x85\xd9\x86\xd8\xb0", "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x82\xd8\xa8\xd9\x84"};
  size_t at = m->tok_end;
  if (!(agent->flags & HD_AGENT_HEAD) || m->tok_end != m->tok_start + 1 || (m->clitics & HD_CL_ARTICLE) ||
      at >= c->ntokens || c->tokens[at].kind != HD_TOK_WORD)
    return 0;
  const unsigned char *w = (const unsigned char *)tok_text(c, &c->tokens[at]);
  if (w[0] != 0xd8 && w[0] != 0xd9) return 0;   /* an Arabic word */
  if (hd_reading_with(c, at, HD_CL_CONJ) || hd_tok_in(c, at, particles, HD_ARRAY_LEN(particles))) return 0;
  return 1;
}

/* Is actor A a party, its word (حزب) among its own or right before them
** ("حزب الشعب الجمهوري"، "زعيم حزب العمال")? */
static int names_party(const hd_coder *c, const hd_actor *a) {
  static const char *const party[] = {"\xd8\xad\xd8\xb2\xd8\xa8", "\xd8\xa7\xd9\x84\xd8\xad\xd8\xb2\xd8\xa8"};   /* حزب الحزب */
  for (size_t i = a->tok_start > 0 ? a->tok_start - 1 : 0; i < a->tok_end; i++)
    if (hd_tok_in(c, i, party, HD_ARRAY_LEN(party))) return 1;
  return 0;
}

/* "أول اجتماع بين زعيم كوري شمالي ورئيس أمريكي في السلطة"، "منذ وصول
** الخميني إلى السلطة": is mention M the bare word السلطة, "power", after
** في and a head of state or government (رئيس، زعيم، حاكم: in office),
** after إلى and a word of coming to it (وصول، عودة، صعود، وصل، عاد), or
** after على and a word of seizing or holding it (استولى، قبضته، التمسك،
** الصراع) within three words?  Then it names no body.  ("ضباط في السلطة"
** and "سلمت ... إلى السلطة الفلسطينية" still do.) */
static int in_power(const hd_coder *c, const hd_mention *m) {
  static const char *const heads[] = {   /* رئيس زعيم حاكم رئيسين زعيمين رؤساء زعماء (folded) */
    "\xd8\xb1\xd9\x8a\xd9\x8a\xd8\xb3", "\xd8\xb2\xd8\xb9\xd9\x8a\xd9\x85", "\xd8\xad\xd8\xa7\xd9\x83\xd9\x85",
    "\xd8\xb1\xd9\x8a\xd9\x8a\xd8\xb3\xd9\x8a\xd9\x86", "\xd8\xb2\xd8\xb9\xd9\x8a\xd9\x85\xd9\x8a\xd9\x86",
    "\xd8\xb1\xd9\x88\xd8\xb3\xd8\xa7\xd8\xa1", "\xd8\xb2\xd8\xb9\xd9\x85\xd8\xa7\xd8\xa1"};
  static const char *const grip[] = {   /* قبضة قبضته ... استولى الاستيلاء التمسك التنافس الصراع (folded) */
    "\xd9\x82\xd8\xa8\xd8\xb6\xd9\x87", "\xd9\x82\xd8\xa8\xd8\xb6\xd8\xaa\xd9\x87",
    "\xd9\x82\xd8\xa8\xd8\xb6\xd8\xaa\xd9\x87\xd8\xa7", "\xd9\x82\xd8\xa8\xd8\xb6\xd8\xaa\xd9\x87\xd9\x85",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x88\xd9\x84\xd9\x8a", "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x88\xd9\x84\xd8\xaa",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x88\xd9\x84\xd9\x88\xd8\xa7",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x8a\xd9\x84\xd8\xa7\xd8\xa1",
    "\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x8a\xd9\x84\xd8\xa7\xd8\xa1", "\xd8\xaa\xd9\x85\xd8\xb3\xd9\x83",
    "\xd8\xaa\xd9\x85\xd8\xb3\xd9\x83\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x85\xd8\xb3\xd9\x83",
    "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x86\xd8\xa7\xd9\x81\xd8\xb3", "\xd8\xaa\xd9\x86\xd8\xa7\xd9\x81\xd8\xb3",
    "\xd8\xa7\xd9\x84\xd8\xb5\xd8\xb1\xd8\xa7\xd8\xb9", "\xd8\xb5\xd8\xb1\xd8\xa7\xd8\xb9"};
  static const char *const coming[] = {   /* وصول وصوله ... عودة صعود وصل عاد الوصول العودة (folded) */
    "\xd9\x88\xd8\xb5\xd9\x88\xd9\x84", "\xd9\x88\xd8\xb5\xd9\x88\xd9\x84\xd9\x87",
    "\xd9\x88\xd8\xb5\xd9\x88\xd9\x84\xd9\x87\xd8\xa7", "\xd8\xb9\xd9\x88\xd8\xaf\xd9\x87",
    "\xd8\xb9\xd9\x88\xd8\xaf\xd8\xaa\xd9\x87", "\xd8\xb5\xd8\xb9\xd9\x88\xd8\xaf",
    "\xd8\xb5\xd8\xb9\xd9\x88\xd8\xaf\xd9\x87", "\xd9\x88\xd8\xb5\xd9\x84", "\xd9\x88\xd8\xb5\xd9\x84\xd8\xaa",
    "\xd8\xb9\xd8\xa7\xd8\xaf", "\xd8\xb9\xd8\xa7\xd8\xaf\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x88\xd8\xb5\xd9\x88\xd9\x84", "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x88\xd8\xaf\xd9\x87"};
  size_t i = m->tok_start;
  if (m->tok_end != i + 1 || !(m->clitics & HD_CL_ARTICLE) || i < 2 ||
      !hd_tok_is(c, i, "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x84\xd8\xb7\xd9\x87"))   /* السلطه */
    return 0;
  if (hd_tok_is(c, i - 1, "\xd9\x81\xd9\x8a")) return hd_word_before(c, i - 1, 3, heads, HD_ARRAY_LEN(heads));      /* في */
  if (hd_tok_is(c, i - 1, "\xd8\xb9\xd9\x84\xd9\x8a")) return hd_word_before(c, i - 1, 3, grip, HD_ARRAY_LEN(grip));   /* علي */
  if (hd_tok_is(c, i - 1, "\xd8\xa7\xd9\x84\xd9\x8a"))   /* الي */
    return hd_word_before(c, i - 1, 3, coming, HD_ARRAY_LEN(coming));
  return 0;
}

static size_t compose_agent(hd_coder *c, size_t k, const hd_entry *agent) {
  const hd_mention *m = &c->mentions[k];
  /* "للقضاء على الإرهاب": words that a shorter agent begins and that name
  ** no actor (NONE) */
  if (agent->flags & HD_AGENT_NONE) return 1;
  /* "حزب الشعب الجمهوري المعارض"، "حزب العمال البريطاني المعارض":
  ** المعارض, masculine with the article, right after a party and not
  ** joined by و, is the party's adjective, no actor of its own (but
  ** "اعتقلت الشرطة الروسية المعارض أليكسي نافالني" arrests a dissident,
  ** and "اتهمت الحكومة المعارضة" names the opposition) */
  if (!strcmp(agent->code, "OPP") && m->tok_end == m->tok_start + 1 && (m->clitics & HD_CL_ARTICLE) &&
      !(m->clitics & HD_CL_CONJ) && c->nactors && c->actors[c->nactors - 1].tok_end == m->tok_start &&
      hd_tok_is(c, m->tok_start, "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb9\xd8\xa7\xd8\xb1\xd8\xb6") &&   /* المعارض */
      names_party(c, &c->actors[c->nactors - 1]))
    return 1;
  const hd_entry *countries[HD_MAX_GROUP];
  /* ("معارضة واشنطن" is Washington's objection, no opposition of it) */
  int capitals = !hd_has_role(agent->code, "OPP") && !hd_has_role(agent->code, "REB") && !hd_has_role(agent->code, "UAF");
  size_t n, used = role_countries(c, k, capitals, countries, HD_MAX_GROUP, &n);
  /* a post of a state's forces ("نقطة أمنية") is where violence struck
  ** them (hd_place_target), an actor only with its country's adjective
  ** ("موقع عسكري إسرائيلي"), and then never the doer */
  if ((agent->flags & HD_AGENT_POST) && n == 0) return 1;
  size_t first = c->nactors;
  for (size_t i = 0; i < n; i++) {
    char code[HD_CODE_MAX];
    int bare = agent->flags & (HD_AGENT_SELF | HD_AGENT_PARTIES);
    hd_join_code(code, countries[i]->code, bare ? "" : agent->code);
    const hd_mention *cm = &c->mentions[k + 1 + i];
    hd_actor *a = new_actor(c, i == 0 ? m : cm, cm->tok_end, code);
    if (!a) return 0;
    a->why[0] = agent; a->why[1] = countries[i];
    a->weak = (agent->flags & HD_AGENT_POST) != 0;
  }
  if (n == 0 && has_pronoun(m) && !(agent->flags & HD_AGENT_PARTIES)) {
    /* "قواته", "جنودها": his forces are those of the country of the actor
    ** named before; with none in the sentence, no one's */
    const char *country = antecedent_country(c);
    if (!country) return 1;
    char code[HD_CODE_MAX];
    hd_country_role(code, country, agent->code);
    hd_actor *a = new_actor(c, m, m->tok_end, code);
    if (!a) return 0;
    a->why[0] = agent;
    return 1;
  }
  if (n == 0 && (agent->flags & HD_AGENT_NAMED)) {
    /* "أعلن التنظيم مسؤوليته": the organisation is the militant group the
    ** article named last ("تنظيم الدولة الإسلامية"); with none, no one;
    ** and only with the article ("تنظيم استفتاء" is organising one) */
    if (!c->named_group[0] || !(m->clitics & HD_CL_ARTICLE)) return 1;
    hd_actor *a = new_actor(c, m, m->tok_end, c->named_group);
    if (!a) return 0;
    a->why[0] = agent;
    return 1;
  }
  /* "فيلق الرحمن المعارض"، "حزب الشعب الجمهوري المعارض": a role's
  ** adjective right after a named actor is what the outlet calls that
  ** actor, not a second one (but "وهاجم أوربان المعارضة" names the
  ** opposition, a noun, as his object) */
  static const char *const epithets[] = {   /* المعارض الموالي المتشدد المتطرف الانفصالي */
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb9\xd8\xa7\xd8\xb1\xd8\xb6", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaa\xd8\xb4\xd8\xaf\xd8\xaf", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaa\xd8\xb7\xd8\xb1\xd9\x81",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x86\xd9\x81\xd8\xb5\xd8\xa7\xd9\x84\xd9\x8a"};
  if (n == 0 && m->tok_end == m->tok_start + 1 && hd_tok_in(c, m->tok_start, epithets, HD_ARRAY_LEN(epithets)) &&
      c->nactors > 0) {
    const hd_actor *b = &c->actors[c->nactors - 1];
    if (b->tok_end == m->tok_start && b->why[0] && b->why[0]->kind == HD_ENT_ACTOR) return 1;
  }
  if (n == 0 && (agent->flags & HD_AGENT_GROUP) && (m->clitics & HD_CL_ARTICLE) && c->named_rebels[0] &&
      hd_has_role(c->named_rebels, agent->code)) {
    /* "قصف الحوثيين ... سقوط قتلى من الميليشيات"، "الانقلابيين": the
    ** militia, with the article and no country of its own, is the rebel
    ** group the article has named most (@group, tally_rebels) */
    hd_actor *a = new_actor(c, m, m->tok_end, c->named_rebels);
    if (!a) return 0;
    a->why[0] = agent;
    return 1;
  }
  if (n == 0) {
    hd_actor *a = new_actor(c, m, m->tok_end, "");
    if (!a) return 0;
    a->why[0] = agent;
    if (agent->flags & HD_AGENT_PARTIES) a->kind = HD_ACT_PARTIES;
    else if (agent->flags & HD_AGENT_ALONE) { hd_copy_str(a->code, sizeof a->code, agent->code); a->bare = 1; }
    size_t merged = merge_name(c, k + 1, a);
    if (!merged && a->kind != HD_ACT_PARTIES) merged = merge_quoted(c, k + 1, a);
    /* "وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني"، "رئيس المكتب
    ** السياسي لحركة حماس إسماعيل هنية": the body whose role it is, then the
    ** one who holds it, is one actor */
    if (merged == 1) merged += merge_name(c, k + 2, a);
    used += merged;
    if (!merged && heads_other(c, k, agent)) {
      /* an actor the noun begins begins at the title: "رئيس شرطة لندن" */
      c->nactors--;
      if (k + 1 >= c->nmentions || !adjacent(c, k + 1)) return 1;
      size_t at = c->nactors, more = compose_actor(c, k + 1);
      if (c->nactors > at) {
        c->actors[at].tok_start = m->tok_start;
        c->actors[at].clitics = m->clitics;
      }
      return more ? 1 + more : 0;
    }
    if (a->kind != HD_ACT_PARTIES && !a->code[0] && in_power(c, m)) { c->nactors--; return 1; }
    if (a->kind != HD_ACT_PARTIES && !a->code[0]) {
      /* a state body with no country ("احتجاجا على قرار الحكومة") is the
      ** one where the event happens; as it may be anyone's, it can be a
      ** target but never a source */
      if (!(agent->flags & HD_AGENT_BODY)) { c->nactors--; return 1; }
      hd_copy_str(a->code, sizeof a->code, agent->code);
      a->bare = a->weak = 1;
    }
    return 1 + used;
  }
  if (n == 1) used += merge_name(c, k + 1 + used, &c->actors[first]);
  return 1 + used;
}

static int is_capital_word(const hd_coder *c, size_t i) {
  return hd_tok_is(c, i, "\xd8\xb9\xd8\xa7\xd8\xb5\xd9\x85\xd9\x87") ||
         hd_tok_is(c, i, "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd8\xb5\xd9\x85\xd9\x87");   /* عاصمه العاصمه */
}

/* Does a side or nearness word stand before the mention ("شمال العراق"،
** "بشرق أفغانستان"، "جنوب القاهرة"، "قرب بغداد")?  Then it names a place. */
static int after_side(const hd_coder *c, const hd_mention *m) {
  return m->tok_start > 0 && hd_marker_at(c, m->tok_start - 1, HD_MARK_SIDE) == 1;
}

/* Does a meeting noun, or one of what a meeting signs or declares, stand
** right before the mention, in construct ("قمة طهران"، "محادثات أستانا"،
** "مؤتمر باريس"، "اتفاقية روما"، "مسار أستانا")?  Then a capital names where
** the meeting is, not who meets, nor where the sentence is set ("محادثات
** كوريا الشمالية" are hers: a country stays an actor; and so are capitals
** joined by و, "اتفاق موسكو وواشنطن"). */
static int after_meeting(const hd_coder *c, const hd_mention *m) {
  static const char *const meetings[] = {
    /* قمه مؤتمر محادثات مفاوضات منتدي اجتماعات; and what was signed or
    ** declared there: اتفاقيه اتفاق معاهده اعلان ميثاق مسار بروتوكول */
    "\xd9\x82\xd9\x85\xd9\x87", "\xd9\x85\xd9\x88\xd8\xaa\xd9\x85\xd8\xb1",
    "\xd9\x85\xd8\xad\xd8\xa7\xd8\xaf\xd8\xab\xd8\xa7\xd8\xaa", "\xd9\x85\xd9\x81\xd8\xa7\xd9\x88\xd8\xb6\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd9\x86\xd8\xaa\xd8\xaf\xd9\x8a", "\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82\xd9\x8a\xd9\x87", "\xd8\xa7\xd8\xaa\xd9\x81\xd8\xa7\xd9\x82",
    "\xd9\x85\xd8\xb9\xd8\xa7\xd9\x87\xd8\xaf\xd9\x87", "\xd8\xa7\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86",
    "\xd9\x85\xd9\x8a\xd8\xab\xd8\xa7\xd9\x82", "\xd9\x85\xd8\xb3\xd8\xa7\xd8\xb1",
    "\xd8\xa8\xd8\xb1\xd9\x88\xd8\xaa\xd9\x88\xd9\x83\xd9\x88\xd9\x84"};
  if (m->tok_start == 0 || (m->clitics & ~HD_CL_CONJ) || !hd_tok_in(c, m->tok_start - 1, meetings, HD_ARRAY_LEN(meetings)))
    return 0;
  /* ("اتفاق موسكو وواشنطن": two capitals joined by و are the parties) */
  size_t k = (size_t)(m - c->mentions);
  return !joined_by_and(c, k + 1);
}

/* A capital is a place after في or ب; otherwise, acting, the government. */
static int is_located(const hd_coder *c, const hd_mention *m) {
  static const char *const preps[] = {"\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x8a",
                                      "\xd8\xb9\xd9\x86", "\xd9\x86\xd8\xad\xd9\x88"};   /* في من الي عن نحو */
  if ((m->clitics & HD_CL_IN) || after_side(c, m)) return 1;
  for (size_t i = 0; i < HD_ARRAY_LEN(preps); i++)
    if (m->tok_start > 0 && hd_tok_is(c, m->tok_start - 1, preps[i])) return 1;
  /* "عاصمة العراق بغداد", "العاصمة الكينية نيروبي" */
  for (size_t back = 1; back <= 2 && back <= m->tok_start; back++)
    if (is_capital_word(c, m->tok_start - back)) return 1;
  return 0;
}

/* "في العراق" or "بالعراق": a country named as where something happens. */
static int is_in(const hd_coder *c, const hd_mention *m) {
  return (m->clitics & HD_CL_IN) || (m->tok_start > 0 && hd_tok_is(c, m->tok_start - 1, "\xd9\x81\xd9\x8a")) ||
         after_side(c, m);
}

static size_t add_place(hd_coder *c, const hd_mention *m, const hd_entry *e) {
  if (GROW(c, places, c->nplaces + 1)) return 0;
  hd_place *p = &c->places[c->nplaces++];
  p->tok_start = m->tok_start; p->tok_end = m->tok_end;
  snprintf(p->country, sizeof p->country, "%.3s", e->code);
  p->kind = e->kind;
  if (!c->setting[0]) memcpy(c->setting, p->country, sizeof c->setting);
  return 1;
}

/* "تشاد: جماعة بوكو حرام تذبح 18 شخصا"، "الصومال.. حركة الشباب تقتحم
** قاعدة عسكرية": a country named alone where the article begins, set
** apart by a colon or dots, is the label of where it is set (before any
** place the article names). */
static int is_label(const hd_coder *c, const hd_mention *m) {
  if (c->setting[0] || m->tok_start != 0 || (m->clitics & ~HD_CL_ARTICLE)) return 0;
  if (m->tok_end >= c->ntokens) return 1;
  const hd_token *t = &c->tokens[m->tok_end];
  return t->kind == HD_TOK_PUNCT && (t->punct == ':' || t->punct == '.');
}


/* Does a word of violence stand within two words before token TOK
** ("الغارات الجوية الأجنبية")? */
static int after_violence(const hd_coder *c, size_t tok) {
  for (size_t i = tok; i > 0 && tok - i < 2;) {
    i--;
    if (c->tokens[i].kind != HD_TOK_WORD) return 0;
    if (hd_violence_word(c, i)) return 1;
  }
  return 0;
}

/* "السفير الروسي لدى الولايات المتحدة"، "مندوبة الإمارات لدى الأمم
** المتحدة"، "السفارة السعودية في أمريكا": is the mention where the
** diplomat or mission named right before it, with its own country, serves
** (1 after لدى, 2 after في, else 0)?  Then it ends that title and is no actor; after
** في, as always, a country, a capital or a town is where things happen
** ("هجوم على السفارة الفرنسية في بوركينا فاسو").  "استدعت سفيرها لدى
** كندا" (no country of its own) keeps Canada. */
static int posting(const hd_coder *c, const hd_mention *m) {
  if (c->nactors == 0 || m->tok_start < 2) return 0;
  int at = hd_tok_is(c, m->tok_start - 1, "\xd9\x84\xd8\xaf\xd9\x8a") ? 1                    /* لدي */
           : hd_tok_is(c, m->tok_start - 1, "\xd9\x81\xd9\x8a") ? 2 : 0;   /* في */
  const hd_actor *b = &c->actors[c->nactors - 1];
  return at && b->tok_end == m->tok_start - 1 && b->why[0] && b->why[0]->kind == HD_ENT_AGENT &&
                 (b->why[0]->flags & HD_AGENT_POSTED) && b->why[1] ? at : 0;
}

/* Is token I a word of affiliation, one that says whose side the actor
** named right after it (with ل, ب, من or إلى) is on: التابع، الموالي،
** المدعوم، المقرب، المرتبط، المنتمي or ينتمي, with or without the article,
** in any number? */
int hd_affiliation_at(const hd_coder *c, size_t i) {
  static const char *const affiliation[] = {   /* التابع التابعه التابعين التابعون تابع تابعه تابعين تابعون الموالي المواليه الموالين الموالون موال مواليه موالين موالون المدعوم المدعومه المدعومين المدعومون مدعوم مدعومه مدعومين المقرب المقربه المقربين مقرب مقربه مقربين المرتبط المرتبطه المرتبطين مرتبط مرتبطه مرتبطين ينتمي ينتمون تنتمي المنتمي المنتميه المنتمين المنتمون منتمي منتميه منتمين منتمون */
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9", "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x87",
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x88\xd9\x86", "\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9",
    "\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x87", "\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x8a\xd9\x86",
    "\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x88\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x88\xd9\x86", "\xd9\x85\xd9\x88\xd8\xa7\xd9\x84",
    "\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87", "\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a\xd9\x86",
    "\xd9\x85\xd9\x88\xd8\xa7\xd9\x84\xd9\x88\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x88\xd9\x86",
    "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85", "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x87",
    "\xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85\xd9\x8a\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xb1\xd8\xa8",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xb1\xd8\xa8\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xb1\xd8\xa8\xd9\x8a\xd9\x86", "\xd9\x85\xd9\x82\xd8\xb1\xd8\xa8",
    "\xd9\x85\xd9\x82\xd8\xb1\xd8\xa8\xd9\x87", "\xd9\x85\xd9\x82\xd8\xb1\xd8\xa8\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd8\xaa\xd8\xa8\xd8\xb7",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd8\xaa\xd8\xa8\xd8\xb7\xd9\x87",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd8\xaa\xd8\xa8\xd8\xb7\xd9\x8a\xd9\x86",
    "\xd9\x85\xd8\xb1\xd8\xaa\xd8\xa8\xd8\xb7", "\xd9\x85\xd8\xb1\xd8\xaa\xd8\xa8\xd8\xb7\xd9\x87",
    "\xd9\x85\xd8\xb1\xd8\xaa\xd8\xa8\xd8\xb7\xd9\x8a\xd9\x86",
    "\xd9\x8a\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a", "\xd9\x8a\xd9\x86\xd8\xaa\xd9\x85\xd9\x88\xd9\x86", "\xd8\xaa\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a\xd9\x86",
    "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x88\xd9\x86", "\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a", "\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a\xd9\x87",
    "\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x8a\xd9\x86", "\xd9\x85\xd9\x86\xd8\xaa\xd9\x85\xd9\x88\xd9\x86"};
  return hd_tok_in(c, i, affiliation, HD_ARRAY_LEN(affiliation));
}

/* Is CODE the role of an armed force with no country: gunmen, rebels,
** fighters (UAF, REB)? */
static int armed_role(const char *code) { return !strcmp(code, "UAF") || !strcmp(code, "REB"); }

/* "المليشيات الحوثية التابعة لإيران"، "الفصائل السورية الموالية لتركيا"،
** "جماعة مسلحة مرتبطة بتنظيم القاعدة": an actor named after a word of
** affiliation (التابع ل، الموالي ل، المدعوم من، المقرب من، المرتبط ب) right
** after another actor, one with a country or an organisation, says whose
** side that actor is on; it is part of its name, never a second actor, so
** the verb's subject is the one before ("المليشيات الحوثية التابعة لإيران
** أطلقت صاروخا" is the Houthis' act).  Where the actor before has no code
** of its own ("قوات موالية للحكومة"، "مواقع تابعة للنظام"), the one after
** names it and stays.  Returns the count of mentions from K so absorbed,
** or 0. */
static size_t affiliated(hd_coder *c, size_t k) {
  const hd_mention *m = &c->mentions[k];
  static const char *const from[] = {"\xd9\x85\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x8a"};   /* من الي */
  if (m->tok_start == 0 || c->nactors == 0) return 0;
  size_t w = m->tok_start - 1;
  if (hd_tok_in(c, w, from, 2) && w > 0) w--;
  else if (!(m->clitics & (HD_CL_PREP | HD_CL_ARTICLE))) return 0;   /* (ل or ب on the name) */
  if (!hd_affiliation_at(c, w)) return 0;
  hd_actor *b = &c->actors[c->nactors - 1];
  if (b->tok_end != w || b->kind != HD_ACT_PLAIN || b->weak || strlen(b->code) < 3) return 0;
  /* "مسلحون ينتمون إلى حركة الشباب"، "مسلحين تابعين لميليشيات الحوثي": an
  ** armed role of no country or name said to be of a named group is that
  ** group, one actor with its code */
  const hd_entry *e;
  if (b->bare) {
    if (!b->why[0] || b->why[0]->kind != HD_ENT_AGENT || strlen(b->code) != 3 || !armed_role(b->code) ||
        !(e = entry_of(c, m, HD_ENT_ACTOR)) || strlen(e->code) <= 3)
      return 0;
    snprintf(b->code, sizeof b->code, "%s", e->code);
    b->bare = 0;
    b->why[1] = e;
    b->tok_end = m->tok_end;
    return 1;
  }
  /* (and states joined to a state by و: "القوات اليمنية الموالية للسعودية
  ** والإمارات"; but in "بين الميليشيات الحوثية الموالية لإيران وقوات
  ** الشرعية" the forces are the other side) */
  size_t used = 1;
  if (entry_of(c, m, HD_ENT_NAME))
    while (joined_by_and(c, k + used) && entry_of(c, &c->mentions[k + used], HD_ENT_NAME)) used++;
  b->tok_end = c->mentions[k + used - 1].tok_end;
  return used;
}

/* Composes the actor starting at mention K; returns mentions consumed. */
static size_t compose_actor(hd_coder *c, size_t k) {
  const hd_mention *m = &c->mentions[k];
  const hd_entry *e;
  int posted = posting(c, m);
  if (posted == 1 || (posted == 2 && entry_of(c, m, HD_ENT_ACTOR))) {
    /* (and the holder's name after it is the same actor: "السفير الروسي
    ** لدى واشنطن أناتولي أنتونوف") */
    c->actors[c->nactors - 1].tok_end = m->tok_end;
    return 1 + merge_name(c, k + 1, &c->actors[c->nactors - 1]);
  }
  size_t used = affiliated(c, k);
  if (used) return used;
  if (!entry_of(c, m, HD_ENT_ACTOR) && !entry_of(c, m, HD_ENT_AGENT)) {
    if (entry_of(c, m, HD_ENT_CAPITAL) && after_meeting(c, m)) return 1;
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
    if (is_label(c, m)) snprintf(c->setting, sizeof c->setting, "%.3s", e->code);
    hd_actor *a = new_actor(c, m, m->tok_end, e->code);
    if (!a) return 0;
    a->why[0] = e;
    return 1 + merge_name(c, k + 1, a);
  }
  if ((e = entry_of(c, m, HD_ENT_CAPITAL)) && !is_located(c, m)) {
    char code[HD_CODE_MAX];
    hd_join_code(code, e->code, "GOV");
    hd_actor *a = new_actor(c, m, m->tok_end, code);
    if (!a) return 0;
    a->why[0] = e;
    return 1;
  }
  if ((e = entry_of(c, m, HD_ENT_ADJ))) {
    /* "في العاصمة العراقية" names a place */
    if (m->tok_start > 0 && is_capital_word(c, m->tok_start - 1)) return add_place(c, m, e);
    /* "صواريخ إيرانية الصنع"، "غاز الأعصاب روسي الصنع": a nisba before
    ** الصنع tells where a thing was made, and names no one */
    static const char *const made[] = {"\xd8\xa7\xd9\x84\xd8\xb5\xd9\x86\xd8\xb9", "\xd8\xb5\xd9\x86\xd8\xb9"};   /* الصنع صنع */
    if (m->tok_end < c->ntokens && hd_tok_in(c, m->tok_end, made, HD_ARRAY_LEN(made))) return 1;
    /* "ميليشيات الحوثي الإيرانية": a nisba right after a named actor of
    ** another country is what the outlet calls it, not a second actor; but
    ** a plural of people in ـين agrees with no such name, and is its
    ** object ("طالب البيت الأبيض الفلسطينيين بعدم الاقتراب"; "عناصر طالبان
    ** الباكستانيون" are Pakistani) */
    if (c->nactors > 0) {
      hd_actor *b = &c->actors[c->nactors - 1];
      int after_name = b->tok_end == m->tok_start && b->why[0] && b->why[0]->kind == HD_ENT_ACTOR && !(m->clitics & HD_CL_CONJ);
      if (after_name && strncmp(b->code, e->code, 3) &&
          !((e->flags & HD_ADJ_PEOPLE) && hd_ends_in(c, m->tok_end - 1, "\xd9\x8a\xd9\x86")))
        return 1;
      /* ("حركة حماس الفلسطينية"، "مستوطنون إسرائيليون": the nisba of a
      ** named actor's own country is part of its name; but a plural of
      ** people agrees only with a plural of the same ending, and after a
      ** name is the object: "ودعا الرزاز الأردنيين إلى"، "وحث ماكرون
      ** الفرنسيين") */
      int plural = (hd_ends_in(c, b->tok_end - 1, "\xd9\x88\xd9\x86") && hd_ends_in(c, m->tok_end - 1, "\xd9\x88\xd9\x86")) ||
                   (hd_ends_in(c, b->tok_end - 1, "\xd9\x8a\xd9\x86") && hd_ends_in(c, m->tok_end - 1, "\xd9\x8a\xd9\x86"));   /* ون ين */
      if (after_name && strlen(b->code) >= 3 && !strncmp(b->code, e->code, 3) && (!(e->flags & HD_ADJ_PEOPLE) || plural)) {
        b->tok_end = m->tok_end;
        return 1;
      }
    }
    /* ("العملات الأجنبية"، "مساعدة أجنبية"، "التدخل الأجنبي": foreign, of no
    ** one country, said of a common noun, names no one; foreigners,
    ** "الأجانب"، "خطف أجانب", are people, and the attacker of violence
    ** named by it is one: "الغارات الجوية الأجنبية") */
    if (!(e->flags & HD_ADJ_PEOPLE) && !strncmp(e->code, "INT", 3) && !after_violence(c, m->tok_start)) return 1;
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

/* Is actor A a country's nisba alone ("أمريكية"، "الفرنسية")? */
static int country_nisba(const hd_actor *a) {
  return a->kind == HD_ACT_PLAIN && strlen(a->code) == 3 && a->why[0] && a->why[0]->kind == HD_ENT_ADJ &&
         a->tok_end == a->tok_start + 1;
}

/* "ضربات أمريكية بريطانية فرنسية"، "الضربات الأمريكية الفرنسية البريطانية"،
** "الاتفاق الروسي-التركي": countries' nisbas one after the other on one
** noun, with no و (or a hyphen) between, are of one act, as if joined by و;
** both with the article or both without it. */
static int nisba_after_nisba(const hd_coder *c, const hd_actor *prev, const hd_actor *a) {
  if (!country_nisba(prev) || !country_nisba(a)) return 0;
  size_t gap = a->tok_start - prev->tok_end;
  if (gap > 1 || (gap == 1 && (c->tokens[prev->tok_end].kind != HD_TOK_PUNCT || c->tokens[prev->tok_end].punct != '-')))
    return 0;
  if (definite(c, prev->tok_start) != definite(c, a->tok_start)) return 0;
  /* (only on the noun of an act of violence, one adjective of its own
  ** between at most: "ضربات جوية أمريكية-بريطانية"، "العدوان الأمريكي
  ** البريطاني"; on a person they are one man's ("الجهادي الألماني
  ** السوري"), and on relations both sides' ("العلاقات الروسية البريطانية")) */
  size_t first = prev->tok_start;
  for (const hd_actor *p = prev; p > c->actors && country_nisba(p - 1) && (p - 1)->group == prev->group; p--) first = (p - 1)->tok_start;
  for (size_t k = 1; k <= 2 && k <= first; k++)
    if (c->tokens[first - k].kind == HD_TOK_WORD && hd_violence_word(c, first - k)) return 1;
  return 0;
}

static int build_groups(hd_coder *c) {
  c->ngroups = 0;
  if (GROW(c, actor_at, c->ntokens + 1)) return -1;
  for (size_t i = 0; i < c->ntokens; i++) c->actor_at[i] = -1;
  for (size_t i = 0; i < c->nactors; i++) {
    hd_actor *a = &c->actors[i];
    int joins = c->ngroups > 0 && i > 0 && c->groups[c->ngroups - 1].count < HD_MAX_GROUP &&
                ((c->actors[i - 1].tok_end == a->tok_start && (a->clitics & HD_CL_CONJ)) ||
                 nisba_after_nisba(c, &c->actors[i - 1], a));
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
int hd_is_international(const char *code) {
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
  for (size_t i = 0; i < c->nactors && !c->setting[0]; i++) {
    const hd_actor *a = &c->actors[i];
    if (a->kind != HD_ACT_PLAIN || a->bare || strlen(a->code) < 6 || hd_is_international(a->code)) continue;
    if (hd_state_body(a->code)) snprintf(c->setting, sizeof c->setting, "%.3s", a->code);
  }
}

/* Is actor A a rebel group of a state, named ("الحوثيين"، "هيئة تحرير
** الشام": YEMREBHTH...), the one "الميليشيات" goes on to mean? */
static int named_rebels(const hd_actor *a) {
  if (a->kind != HD_ACT_PLAIN || a->bare || a->weak || !a->why[0] || a->why[0]->kind != HD_ENT_ACTOR) return 0;
  return strlen(a->code) > 6 && !strncmp(a->code + 3, "REB", 3);
}

/* Counts one more naming of the rebel group CODE in the article; the one
** named most (the latest of those named as often) is the one a militia
** with the article goes on to mean: "الحوثيين" through a report of the war
** in Yemen, not "حزب الله" named once in it. */
static void tally_rebels(hd_coder *c, const char *code) {
  size_t k = 0;
  while (k < c->nrebels && strcmp(c->rebels[k].code, code)) k++;
  if (k == c->nrebels) {
    if (k == HD_ARRAY_LEN(c->rebels)) return;
    snprintf(c->rebels[k].code, sizeof c->rebels[k].code, "%s", code);
    c->rebels[k].n = 0;
    c->nrebels++;
  }
  c->rebels[k].n++;
  size_t best = k;
  for (size_t i = 0; i < c->nrebels; i++)
    if (c->rebels[i].n > c->rebels[best].n) best = i;
  snprintf(c->named_rebels, sizeof c->named_rebels, "%s", c->rebels[best].code);
}

/* The armed group (a code with the role REB) the article has named most
** (c->named_rebels), or NULL: "اعترض الدفاع الجوي السعودي صاروخا أطلق من
** الأراضي اليمنية" in an article that has named the Houthis is theirs. */
const char *hd_armed_group(const hd_coder *c) {
  return c->named_rebels[0] && hd_has_role(c->named_rebels, "REB") ? c->named_rebels : NULL;
}

/* ... that group when it is of the country of CODE (its first three
** letters); else NULL: the one a place a state's forces took in that
** country was taken from. */
const char *hd_armed_group_of(const hd_coder *c, const char *code) {
  const char *g = hd_armed_group(c);
  return g && !strncmp(g, code, 3) ? g : NULL;
}

/* Is actor A a militant group of no state, named ("تنظيم الدولة
** الإسلامية"، "القاعدة": IMG...), the one "التنظيم" goes on to mean? */
static int named_group(const hd_actor *a) {
  if (a->kind != HD_ACT_PLAIN || a->bare || a->weak || !a->why[0] || a->why[0]->kind != HD_ENT_ACTOR) return 0;
  return !strncmp(a->code, "IMG", 3);
}

/* Is actor A the forces or the police of a state named with its country
** ("الجيش الإسرائيلي"، "قوات الأمن العراقية": ISRMIL, IRQCOP), the ones
** that faced what the article goes on to tell? */
static int named_forces(const hd_actor *a) {
  if (a->kind != HD_ACT_PLAIN || a->bare || a->weak || strlen(a->code) != 6 || hd_is_international(a->code)) return 0;
  return hd_state_force(a->code);
}

/* Notes the countries whose army the sentence names (c->forces_lands):
** by its name ("الجيش اليمني": YEM), or by its role alone ("قوات الجيش"،
** "الجيش الوطني"), of the country it was last named with, else of the
** article's setting; not one of no land known. */
static void note_forces(hd_coder *c) {
  for (size_t i = 0; i < c->nactors; i++) {
    const hd_actor *a = &c->actors[i];
    if (a->kind != HD_ACT_PLAIN || !hd_has_role(a->code, "MIL") || hd_is_international(a->code)) continue;
    const char *land = NULL;
    if (!a->bare && strlen(a->code) == 6) land = a->code;
    else if (a->bare && !(land = hd_named_country(c, a))) land = c->setting[0] ? c->setting : NULL;
    if (!land) continue;
    size_t k = 0;
    while (k < c->nforces_lands && strncmp(c->forces_lands[k], land, 3)) k++;
    if (k < c->nforces_lands || k == HD_ARRAY_LEN(c->forces_lands)) continue;
    snprintf(c->forces_lands[k], sizeof c->forces_lands[k], "%.3s", land);
    c->nforces_lands++;
  }
}

/* "الرئيس الفرنسي السابق"، "وزير الدفاع الإسرائيلي الأسبق": an office
** named as held before is no longer the state's; one who held it is of
** the country's elite (ELI), not its government or forces. */
static void former_officials(hd_coder *c) {
  static const char *const former[] = {   /* السابق الاسبق السابقه الاسبقه */
    "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x82", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x82",
    "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x82\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x82\xd9\x87"};
  for (size_t i = 0; i < c->nactors; i++) {
    hd_actor *a = &c->actors[i];
    if (a->kind != HD_ACT_PLAIN || strlen(a->code) != 6 || a->tok_end >= c->ntokens ||
        !hd_tok_in(c, a->tok_end, former, HD_ARRAY_LEN(former)))
      continue;
    if (hd_state_body(a->code)) memcpy(a->code + 3, "ELI", 3);
  }
}

/* "وقال بلوك": a word no mention covers that is the last word of a name
** the article gave a person with a title before (note_persons()) is that
** person, with the first words of the name when they are named too
** ("ستيف بلوك").  Actors stay in the order of their words. */
static int persons_again(hd_coder *c) {
  if (!c->npersons) return 0;
  size_t covered = 0, a = 0, n = c->nactors;
  for (size_t i = 0; i < c->ntokens; i++) {
    while (a < n && c->actors[a].tok_end <= i) a++;
    if (a < n && c->actors[a].tok_start <= i) continue;
    const hd_token *t = &c->tokens[i];
    if (t->kind != HD_TOK_WORD || tok_len(t) < 6 || tok_len(t) >= HD_NAME_BYTES) continue;
    size_t p = 0;
    while (p < c->npersons && !hd_tok_is(c, i, c->persons[p].word)) p++;
    if (p == c->npersons) continue;
    size_t start = i;
    if (i > covered && !(a > 0 && c->actors[a - 1].tok_end >= i) && hd_tok_is(c, i - 1, c->persons[p].first)) start--;
    if (GROW(c, actors, c->nactors + 1)) return -1;
    hd_actor *x = &c->actors[c->nactors++];
    memset(x, 0, sizeof *x);
    x->tok_start = (uint32_t)start;
    x->tok_end = (uint32_t)i + 1;
    hd_copy_str(x->code, sizeof x->code, c->persons[p].code);
    x->why[0] = c->persons[p].why[0];
    x->why[1] = c->persons[p].why[1];
    x->again = 1;
    covered = i + 1;
  }
  /* (in the order of their words) */
  for (size_t i = n; i < c->nactors; i++) {
    hd_actor x = c->actors[i];
    size_t j = i;
    while (j > 0 && c->actors[j - 1].tok_start > x.tok_start) {
      c->actors[j] = c->actors[j - 1];
      j--;
    }
    c->actors[j] = x;
  }
  return 0;
}

int hd_find_actors(hd_coder *c) {
  c->nactors = 0;
  c->nplaces = 0;
  for (size_t k = 0; k < c->nmentions;) {
    size_t before = c->nactors;
    size_t used = compose_actor(c, k);
    if (used == 0) return -1;
    k += used;
    /* (named before in the sentence too: "قصف الحوثيين ... من الميليشيات") */
    for (size_t i = before; i < c->nactors; i++)
      if (named_rebels(&c->actors[i])) tally_rebels(c, c->actors[i].code);
  }
  for (size_t i = 0; i < c->nactors; i++) {
    if (named_group(&c->actors[i])) snprintf(c->named_group, sizeof c->named_group, "%s", c->actors[i].code);
    if (named_forces(&c->actors[i])) snprintf(c->named_forces, sizeof c->named_forces, "%s", c->actors[i].code);
  }
  if (persons_again(c)) return -1;
  former_officials(c);
  note_setting(c);
  note_forces(c);
  return build_groups(c);
}
