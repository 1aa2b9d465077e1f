/*
** bench/measure.c
** Run a command and say how long it took, how much CPU time it used and
** how much memory it held at most: what '/usr/bin/time -f "%e %U+%S %M"'
** says, to the nanosecond rather than the hundredth of a second, and
** without the Debian package 'time'.
**
**   bench_measure [--cap MB] FILE CMD [ARG...]
**
** Writes "SECONDS PEAK_RSS_KB CPU_SECONDS" to FILE when CMD ends; CMD's standard
** streams are this program's. '--cap MB' limits CMD's address space, so
** that a command whose memory grows with its input fails instead of
** taking the machine down. Exits with CMD's status (128 + the signal when a
** signal ended it).
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  long cap_mb = 0;
  int i = 1;
  if (argc > 2 && strcmp(argv[1], "--cap") == 0) {
    cap_mb = atol(argv[2]);
    i = 3;
  }
  if (argc - i < 2) {
    fprintf(stderr, "usage: bench_measure [--cap MB] FILE CMD [ARG...]\n");
    return 2;
  }
  const char *report = argv[i];
  char **cmd = argv + i + 1;
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("bench_measure: fork");
    return 2;
  }
  if (pid == 0) {
    if (cap_mb > 0) {
      struct rlimit rl = {(rlim_t)cap_mb << 20, (rlim_t)cap_mb << 20};
      setrlimit(RLIMIT_AS, &rl);
    }
    execvp(cmd[0], cmd);
    fprintf(stderr, "bench_measure: %s: %s\n", cmd[0], strerror(errno));
    _exit(127);
  }
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      perror("bench_measure: waitpid");
      return 2;
    }
  double secs = now() - t0;
  /* The largest of the children waited for, the command's own children included. */
  struct rusage ru;
  getrusage(RUSAGE_CHILDREN, &ru);
  FILE *f = fopen(report, "w");
  double cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
               ru.ru_stime.tv_usec / 1e6;
  if (!f || fprintf(f, "%.6f %ld %.6f\n", secs, ru.ru_maxrss, cpu) < 0 || fclose(f) != 0) {
    perror(report);
    return 2;
  }
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}
