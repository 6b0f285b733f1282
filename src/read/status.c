/*
** status.c: the English words for result codes and the short stable names
** of skip reasons.  The names appear in logs and statistics that scripts
** parse, so they never change once published.
*/
#include "hadath.h"

const char *hd_status_message(hd_status st) {
  switch (st) {
  case HD_OK:        return "success";
  case HD_END:       return "no more articles";
  case HD_SKIP:      return "article skipped";
  case HD_ERR_NOMEM: return "out of memory";
  case HD_ERR_IO:    return "input/output error";
  case HD_ERR_DICT:  return "dictionary error";
  case HD_ERR_ARG:   return "invalid argument";
  }
  return "unknown status";
}

const char *hd_skip_name(hd_skip why) {
  switch (why) {
  case HD_SKIP_NONE:         return "none";
  case HD_SKIP_EMPTY:        return "empty";
  case HD_SKIP_INVALID_UTF8: return "invalid-utf8";
  case HD_SKIP_NUL_BYTE:     return "nul-byte";
  case HD_SKIP_TOO_LONG:     return "too-long";
  case HD_SKIP_BAD_JSON:     return "bad-json";
  case HD_SKIP_NO_TEXT:      return "no-text";
  case HD_SKIP_COUNT:        break;
  }
  return "unknown";
}
