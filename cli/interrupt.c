/*
** interrupt.c: stopping cleanly.  SIGINT, SIGTERM and SIGHUP only set a
** flag; the commands look at it between articles, so that what they have
** written ends with a whole line (a whole article's events) and a load
** commits what it has stored.  A second signal ends the process at once.
**
** Output files named with -o are written under a temporary name in the
** same folder and renamed when the command ends well: FILE is whole or not
** there at all (an earlier FILE is left as it was).
*/
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

static volatile sig_atomic_t stop_signal;
static char temp_path[4096];          /* removed by a second signal */

static void on_signal(int sig) {
  if (stop_signal) {
    if (temp_path[0]) unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  stop_signal = sig;
}

void catch_stop_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
    struct sigaction old, sa;
    /* a signal ignored when we start (SIGINT of a background job) stays ignored */
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART;   /* a read in progress goes on; the flag is seen after it */
    sigemptyset(&sa.sa_mask);
    sigaction(sigs[i], &sa, NULL);
  }
}

int stop_requested(void) { return stop_signal; }

const char *stop_name(void) {
  return stop_signal == SIGINT ? "SIGINT" : stop_signal == SIGTERM ? "SIGTERM" : stop_signal == SIGHUP ? "SIGHUP"
                                                                                                      : "a signal";
}

FILE *out_open(out_file *of, const char *path) {
  memset(of, 0, sizeof *of);
  of->path = path;
  if (!path || !strcmp(path, "-")) { of->f = stdout; return of->f; }
  int n = snprintf(of->temp, sizeof of->temp, "%s.XXXXXX", path);
  if (n < 0 || (size_t)n >= sizeof of->temp) {
    fprintf(stderr, "hadath: %s: name too long\n", path);
    return NULL;
  }
  int fd = mkstemp(of->temp);
  if (fd < 0) {
    fprintf(stderr, "hadath: %s: %s\n", path, strerror(errno));
    return NULL;
  }
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  if (!(of->f = fdopen(fd, "w"))) {
    fprintf(stderr, "hadath: %s: %s\n", path, strerror(errno));
    close(fd);
    unlink(of->temp);
    return NULL;
  }
  memcpy(temp_path, of->temp, sizeof temp_path < sizeof of->temp ? sizeof temp_path : sizeof of->temp);
  temp_path[sizeof temp_path - 1] = 0;
  return of->f;
}

int out_close(out_file *of, int keep) {
  if (!of->f) return 2;
  const char *name = of->path && strcmp(of->path, "-") ? of->path : "standard output";
  int bad = fflush(of->f) != 0 || ferror(of->f);
  int err = errno;
  if (of->f == stdout) {
    if (bad) fprintf(stderr, "hadath: %s: error writing: %s\n", name, strerror(err));
    of->f = NULL;
    return bad ? 2 : 0;
  }
  bad |= fclose(of->f) != 0;
  if (bad) err = errno;
  of->f = NULL;
  if (!bad && keep && rename(of->temp, of->path) != 0) bad = 1, err = errno;
  if (bad || !keep) unlink(of->temp);
  temp_path[0] = 0;
  if (bad) fprintf(stderr, "hadath: %s: error writing: %s\n", name, strerror(err));
  return bad ? 2 : 0;
}
