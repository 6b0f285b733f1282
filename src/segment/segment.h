/*
** segment.h: sentences of folded news text.
*/
#ifndef HD_SEGMENT_H
#define HD_SEGMENT_H

#include <stddef.h>

/* A sentence longer than this is cut at the next space after it, so that
** no input makes the coder's work per sentence unbounded. */
#define HD_MAX_SENTENCE_BYTES 8192

/* Finds the next sentence at or after POS in folded TEXT[0..N): sets
** [*START, *END) without surrounding white space and returns the position
** to continue from, or 0 when no sentence is left.  Sentences end at a
** line break (headlines carry no full stop), at . ! ? and ellipses followed
** by white space (closing quotes and brackets stay with their sentence),
** but not inside numbers (3.5) or Latin abbreviations (U.S.). */
size_t hd_next_sentence(const char *text, size_t n, size_t pos, size_t *start, size_t *end);

#endif
