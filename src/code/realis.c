/*
** realis.c: whether what a pattern names happened.  Negation ("لم"،
** "عدم"), denial ("نفى ... أن")، and foiled attacks ("أحبط") keep an event
** from being reported as done.
*/
#include <stdlib.h>
#include "code/coder.h"

#define DENIAL_REACH 8   /* words between "نفى" and the event it denies */
#define FOILED_REACH 5   /* words between "أحبط" or "فكك" and the attack or bomb */

int hd_is_negation(const hd_coder *c, size_t anchor) {
  static const char *const neg[] = {
    "\xd9\x84\xd9\x85", "\xd9\x84\xd9\x86", "\xd9\x84\xd8\xa7", "\xd8\xb9\xd8\xaf\xd9\x85",
    "\xd8\xaf\xd9\x88\xd9\x86", "\xd8\xa8\xd8\xaf\xd9\x88\xd9\x86", "\xd9\x84\xd9\x8a\xd8\xb3",
    "\xd9\x88\xd9\x82\xd9\x81", "\xd9\x84\xd9\x88\xd9\x82\xd9\x81", "\xd8\xa8\xd9\x88\xd9\x82\xd9\x81",
    "\xd9\x88\xd9\x82\xd9\x81\xd8\xa7", "\xd8\xa7\xd8\xb0\xd8\xa7", "\xd9\x84\xd9\x88", "\xd8\xad\xd8\xa7\xd9\x84"};
  /* لم لن لا عدم دون بدون ليس; وقف لوقف بوقف وقفا (وقف إطلاق النار is a ceasefire); and the conditionals اذا لو (في) حال:
  ** what did not or may not happen is not an event */
  enum { CEASEFIRE_FIRST = 7, CEASEFIRE_COUNT = 4 };   /* the four forms of وقف */
  if (anchor > 0 && hd_tok_in(c, anchor - 1, neg, HD_ARRAY_LEN(neg))) return 1;   /* ولم، فلا */
  /* "وقف فوري لإطلاق النار": a ceasefire word may stand one word further back */
  return anchor > 1 && hd_tok_in(c, anchor - 2, neg + CEASEFIRE_FIRST, CEASEFIRE_COUNT);
}

/* Is a marker of KIND within REACH words before ANCHOR, in the same sentence? */
static int preceded_by(const hd_coder *c, size_t anchor, int kind, size_t reach) {
  for (size_t i = anchor, k = 0; i-- > 0 && k < reach; k++) {
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct != ',' && !is_transparent(t)) return 0;
    if (t->kind == HD_TOK_WORD && hd_marker_at(c, i, kind)) return 1;
  }
  return 0;
}

/* Is the event at ANCHOR what someone denied a few words before?  "نفت
** الوزارة أن تكون طائراتها قد قصفت مستشفى" codes the denial only. */
int hd_is_denied(const hd_coder *c, size_t anchor) {
  return preceded_by(c, anchor, HD_MARK_DENIAL, DENIAL_REACH);
}

/* Was the attack at ANCHOR foiled, or its bomb defused or found?  "فككت
** الشرطة سيارة مفخخة", "أحبط الجيش هجوما". */
int hd_is_foiled(const hd_coder *c, size_t anchor) {
  return preceded_by(c, anchor, HD_MARK_FOILED, FOILED_REACH);
}
