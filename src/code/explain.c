/*
** explain.c: what hadath explain prints of a sentence: its tokens and
** their clitic readings, its actors and the dictionary lines that made
** them, and each pattern with the verdict on it.
*/
#include <stdlib.h>
#include "code/coder.h"

/* For explain: which marker line named a participant. */
void hd_explain_marker(const hd_coder *c, size_t i, int kind, const char *role, int g) {
  if (!c->explain || g < 0) return;   /* the lookup is repeated only to explain */
  const hd_marker *mk = hd_marker_here(c, i, kind);
  if (!mk) return;
  const hd_token *t = &c->tokens[i];
  fprintf(c->explain, "  marker \"%.*s\" (%s:%u) names the %s: %s\n", (int)tok_len(t), tok_text(c, t),
          hd_dict_file(c->dict, mk->file), (unsigned)mk->line, role, c->actors[c->groups[g].first].code);
}

/* Each token, and after it in brackets the readings that peel clitics,
** each as prefix+word+suffix: "وبوتين[و+بوتين]", "ونظيره[و+نظير+ه]". */
void hd_explain_tokens(hd_coder *c) {
  fprintf(c->explain, "  tokens:");
  for (size_t i = 0; i < c->ntokens; i++) {
    const hd_token *t = &c->tokens[i];
    const char *w = tok_text(c, t);
    int open = 0;
    fprintf(c->explain, " %.*s", (int)tok_len(t), w);
    for (size_t k = 0; k < t->nana; k++) {
      const hd_analysis *a = &c->ana[t->ana + k];
      if (a->pre == 0 && a->suf == 0) continue;
      fprintf(c->explain, "%s", open++ ? "|" : "[");
      if (a->pre) fprintf(c->explain, "%.*s+", (int)a->pre, w);
      fprintf(c->explain, "%s", hd_dict_word_text(c->dict, a->word));
      if (a->suf) fprintf(c->explain, "+%.*s", (int)a->suf, w + tok_len(t) - a->suf);
    }
    if (open) fprintf(c->explain, "]");
  }
  fprintf(c->explain, "\n");
}

/* The clauses of the sentence, each with its words, kind and links. */
void hd_explain_clauses(hd_coder *c) {
  if (c->nclauses < 2) return;
  for (size_t k = 0; k < c->nclauses; k++) {
    const hd_clause *cl = &c->clauses[k];
    fprintf(c->explain, "  clause %zu %s", k, hd_clause_name(cl->kind));
    if (cl->parent >= 0) fprintf(c->explain, " in %d", (int)cl->parent);
    if (cl->prev >= 0) fprintf(c->explain, " after %d", (int)cl->prev);
    if (cl->governor >= 0)
      fprintf(c->explain, " governed by \"%.*s\"", (int)tok_len(&c->tokens[cl->governor]),
              tok_text(c, &c->tokens[cl->governor]));
    if (cl->antecedent >= 0) fprintf(c->explain, " of %s", c->actors[c->groups[cl->antecedent].first].code);
    fprintf(c->explain, ":");
    for (size_t i = cl->start; i < cl->end; i++)
      if (c->clause_at[i] == (int32_t)k) fprintf(c->explain, " %.*s", (int)tok_len(&c->tokens[i]), tok_text(c, &c->tokens[i]));
    fprintf(c->explain, "\n");
  }
}

/* "a country", "an actor": what kind of dictionary entry made a mention. */
static const char *kind_name(int kind) {
  static const char *const names[] = {"country", "adjective", "capital", "place", "actor", "agent", "stop word"};
  return kind >= 0 && kind < HD_ENT_KIND_COUNT ? names[kind] : "?";
}

static const char *article_for(const char *noun) {
  return strchr("aeiou", noun[0]) ? "an" : "a";
}

void hd_explain_actors(hd_coder *c) {
  for (size_t i = 0; i < c->nactors; i++) {
    const hd_actor *a = &c->actors[i];
    uint32_t s = c->tokens[a->tok_start].start, e = c->tokens[a->tok_end - 1].end;
    fprintf(c->explain, "  actor  %-10s \"%.*s\"%s", a->kind == HD_ACT_PARTIES ? "PARTIES" : a->code,
            (int)(e - s), c->norm.text + s, i > 0 && a->group == c->actors[i - 1].group ? (a->clitics & HD_CL_CONJ ? " (joined by و)" : " (joined: nisbas on one noun)") : "");
    for (size_t k = 0; k < HD_ARRAY_LEN(a->why); k++)
      if (a->why[k])
        fprintf(c->explain, " %s %s:%u", kind_name(a->why[k]->kind), hd_dict_file(c->dict, a->why[k]->file),
                (unsigned)a->why[k]->line);
    if (a->again) fprintf(c->explain, " (named again: the article gave this name in full before)");
    fprintf(c->explain, "\n");
  }
  for (size_t i = 0; i < c->nmentions; i++) {
    const hd_mention *m = &c->mentions[i];
    int is_actor = 0;
    for (size_t k = 0; k < c->nactors; k++)
      is_actor |= c->actors[k].tok_start <= m->tok_start && m->tok_end <= c->actors[k].tok_end;
    if (is_actor) continue;
    const hd_entry *e = hd_dict_first_entry(c->dict, m->node);
    while (e && !hd_entry_reads(c, m, e)) e = hd_dict_next_entry(c->dict, e);
    if (!e) continue;
    uint32_t s = c->tokens[m->tok_start].start, en = c->tokens[m->tok_end - 1].end;
    fprintf(c->explain, "  known  \"%.*s\" is %s %s (%s:%u) but no actor here\n", (int)(en - s), c->norm.text + s,
            article_for(kind_name(e->kind)), kind_name(e->kind), hd_dict_file(c->dict, e->file), (unsigned)e->line);
  }
}

/* Why an event is not reported as done. */
void hd_explain_realis(hd_coder *c, const hd_match *m) {
  const hd_realis_why *w = &m->realis_why;
  fprintf(c->explain, "  realis %s", hd_realis_name(m->realis));
  if (w->marker)
    fprintf(c->explain, ": marker \"%.*s\" (%s:%u)", (int)tok_len(&c->tokens[w->token]), tok_text(c, &c->tokens[w->token]),
            hd_dict_file(c->dict, w->marker->file), (unsigned)w->marker->line);
  else if (w->rule)
    fprintf(c->explain, ": %s", w->rule);
  fprintf(c->explain, "\n");
}

void hd_explain_match(hd_coder *c, const hd_match *m, const char *verdict) {
  const hd_token *t = &c->tokens[m->anchor];
  fprintf(c->explain, "  verb   %s at \"%.*s\" (", m->p->code, (int)tok_len(t), tok_text(c, t));
  /* (a pattern of no dictionary line is the grammar's: the colon after a
  ** speaker named alone, "ترامب: ...") */
  if (m->p->line) fprintf(c->explain, "%s:%u", hd_dict_file(c->dict, m->p->file), (unsigned)m->p->line);
  else fputs("a colon after its speaker", c->explain);
  fprintf(c->explain, "): source %s, target %s%s%s\n",
          m->passive_parties ? "the article's parties" : m->implicit_source ? m->p->default_source : m->source >= 0 ? c->actors[c->groups[m->source].first].code : m->authority[0] ? m->authority : m->prior ? m->prior : "none",
          m->target >= 0 ? c->actors[c->groups[m->target].first].code : "none", verdict ? ": " : "", verdict ? verdict : "");
}
