/*
** test_repl.c
** The REPL through a pseudo-terminal, as a person uses it: an expression's
** value is printed, an incomplete chunk gets the continuation prompt, and
** the history file is written to $HOME/.ivlua_history.
** Usage: test_repl PATH-TO-IVLUA
*/
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static char screen[65536];
static size_t screen_len;

/* Read from the terminal until 'needle' shows after 'from', or a timeout. */
static int expect(int fd, size_t from, const char *needle, int timeout_ms) {
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  for (;;) {
    screen[screen_len] = '\0';
    if (strstr(screen + from, needle)) return 1;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long spent = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
    if (spent >= timeout_ms) return 0;
    struct pollfd p = {fd, POLLIN, 0};
    if (poll(&p, 1, (int)(timeout_ms - spent)) <= 0) continue;
    ssize_t n = read(fd, screen + screen_len, sizeof screen - 1 - screen_len);
    if (n <= 0) return strstr(screen + from, needle) != NULL;
    screen_len += (size_t)n;
  }
}

static void type_line(int fd, const char *s) {
  if (write(fd, s, strlen(s)) < 0 || write(fd, "\r", 1) < 0) perror("write");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_repl IVLUA\n");
    return 2;
  }
  char home[] = "/tmp/ivlua-repl-XXXXXX";
  if (!mkdtemp(home)) return 2;
  int fd;
  pid_t pid = forkpty(&fd, NULL, NULL, NULL);
  if (pid < 0) {
    perror("forkpty");
    return 2;
  }
  if (pid == 0) {
    setenv("HOME", home, 1);
    setenv("TERM", "dumb", 1);
    unsetenv("LUA_INIT");
    unsetenv("LUA_INIT_5_4");
    execl(argv[1], argv[1], (char *)NULL);
    _exit(127);
  }
  CHECK(expect(fd, 0, "> ", 5000), "the first prompt; screen: %s", screen);
  size_t mark = screen_len;
  type_line(fd, "1+1");
  CHECK(expect(fd, mark, "2", 5000), "an expression's value is printed; screen: %s", screen + mark);
  mark = screen_len;
  type_line(fd, "for i = 1, 2 do");
  CHECK(expect(fd, mark, ">> ", 5000), "continuation prompt; screen: %s", screen + mark);
  mark = screen_len;
  type_line(fd, "io.write(i * 10, ';') end");
  CHECK(expect(fd, mark, "10;20;", 5000), "the chunk ran once complete; screen: %s", screen + mark);
  mark = screen_len;
  type_line(fd, "a = ivlua.article('A $5 million deal.')");
  type_line(fd, "a:entities()().value");
  CHECK(expect(fd, mark, "5000000", 5000), "ivlua in the REPL; screen: %s", screen + mark);
  mark = screen_len;
  type_line(fd, "error('oops')");
  CHECK(expect(fd, mark, "oops", 5000), "errors are reported and the loop goes on");
  type_line(fd, "os.exit(0)");
  int status = 0;
  for (int i = 0; i < 50 && waitpid(pid, &status, WNOHANG) == 0; i++) usleep(100000);
  if (waitpid(pid, &status, WNOHANG) == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the REPL exits with os.exit(0)");

  char path[256], hist[4096] = "";
  snprintf(path, sizeof path, "%s/.ivlua_history", home);
  FILE *f = fopen(path, "r");
  CHECK(f != NULL, "history file %s written", path);
  if (f) {
    size_t n = fread(hist, 1, sizeof hist - 1, f);
    hist[n] = '\0';
    fclose(f);
  }
  CHECK(strstr(hist, "1+1") != NULL, "history holds the lines typed: %s", hist);
  remove(path);
  rmdir(home);
  close(fd);
  return check_done();
}
