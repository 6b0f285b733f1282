/*
** builtin.h: the dictionaries compiled into the library.  The table is
** generated at build time from the dict/ text files by tools/embed.c.
*/
#ifndef HD_BUILTIN_H
#define HD_BUILTIN_H
#include <stddef.h>

typedef struct hd_builtin_dict {
  const char *name;   /* path of the source file, for messages */
  const char *text;
  size_t len;
} hd_builtin_dict;

extern const hd_builtin_dict hd_builtin_dicts[];   /* ends with a NULL name */

#endif
