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

void hd_explain_tokens(hd_coder *c) {
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

void hd_explain_actors(hd_coder *c) {
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

void hd_explain_match(hd_coder *c, const hd_match *m, const char *verdict) {
  const hd_token *t = &c->tokens[m->anchor];
  fprintf(c->explain, "  verb   %s at \"%.*s\" (%s:%u): source %s, target %s%s%s\n", m->p->code, (int)tok_len(t),
          tok_text(c, t), hd_dict_file(c->dict, m->p->file), (unsigned)m->p->line,
          m->passive_parties ? "the article's parties" : m->implicit_source ? m->p->default_source : m->source >= 0 ? c->actors[c->groups[m->source].first].code : "none",
          m->target >= 0 ? c->actors[c->groups[m->target].first].code : "none", verdict ? ": " : "", verdict ? verdict : "");
}
