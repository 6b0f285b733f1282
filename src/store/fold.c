/*
** fold.c: hd_fold(), the normalizer's folding offered to callers of the
** library, so that what they search for is folded exactly as the text the
** store indexes (and as the coder reads it).
*/
#include <string.h>
#include "common.h"
#include "normalize/normalize.h"

size_t hd_fold(const char *text, size_t len, char *buf, size_t cap) {
  hd_norm n = {0};
  if (hd_normalize(&n, text ? text : "", text ? len : 0) != 0) {
    hd_norm_free(&n);
    return (size_t)-1;
  }
  size_t out = n.len;
  if (cap) {
    size_t k = out < cap ? out : cap - 1;
    if (k) memcpy(buf, n.text, k);
    buf[k] = 0;
  }
  hd_norm_free(&n);
  return out;
}
