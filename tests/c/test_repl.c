/*
** test_repl.c
** The REPL through a pseudo-terminal, as a person uses it: an expression's
** value is printed, an incomplete chunk gets the continuation prompt,
** Ctrl-C interrupts a loop and the REPL goes on, and the history file is written to $HOME/.ivlua_history. Then 'ivlua -i
** CORPUS': Tab completes a method name, a query prints as a table, and
** :help answers.
** Usage: test_repl PATH-TO-IVLUA CORPUS-DIR
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

/* Type 'line', then wait for 'want' in what follows; '*from' is where the
** answer starts on the screen. */
static int ask(int fd, const char *line, const char *want, size_t *from) {
  *from = screen_len;
  type_line(fd, line);
  return expect(fd, *from, want, 5000);
}

/* Start 'ivlua [opt arg]' on a new terminal with HOME at 'home'. */
static pid_t spawn(const char *ivlua, const char *home, const char *opt, const char *arg, int *fd) {
  pid_t pid = forkpty(fd, NULL, NULL, NULL);
  if (pid < 0) {
    perror("forkpty");
    exit(2);
  }
  if (pid == 0) {
    setenv("HOME", home, 1);
    setenv("TERM", "dumb", 1);
    unsetenv("LUA_INIT");
    unsetenv("LUA_INIT_5_4");
    execl(ivlua, ivlua, opt, arg, (char *)NULL);
    _exit(127);
  }
  screen_len = 0;
  return pid;
}

/* Wait for the child to exit (killing it after 5 s); its wait status. */
static int finish(pid_t pid) {
  int status = 0;
  for (int i = 0; i < 50 && waitpid(pid, &status, WNOHANG) == 0; i++) usleep(100000);
  if (waitpid(pid, &status, WNOHANG) == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }
  return status;
}

/* 'ivlua -i CORPUS': completion, a query's table, :help. */
static void explore_corpus(const char *ivlua, const char *home, const char *corpus) {
  int fd;
  pid_t pid = spawn(ivlua, home, "-i", corpus, &fd);
  CHECK(expect(fd, 0, "ivlua.Corpus: 10 articles", 5000), "the corpus is loaded; screen: %s", screen);
  CHECK(expect(fd, 0, "> ", 5000), "the prompt; screen: %s", screen);
  size_t mark = screen_len;
  if (write(fd, "facts:group_b\t", 14) < 0) perror("write");
  CHECK(expect(fd, mark, "group_by", 5000), "Tab completes the method name; screen: %s", screen + mark);
  CHECK(ask(fd, "(\"investor\"):order_by(\"-count\", \"investor\"):limit(3)", "(3 rows)", &mark),
        "the query's result; screen: %s", screen + mark);
  CHECK(strstr(screen + mark, "investor  count") && strstr(screen + mark, "--------  -----"),
        "shown as an aligned table; screen: %s", screen + mark);
  mark = screen_len;
  if (write(fd, "corpus:ent\t", 11) < 0) perror("write");
  CHECK(expect(fd, mark, "entities", 5000), "Tab completes a C object's method; screen: %s", screen + mark);
  type_line(fd, "() ~= nil");
  CHECK(expect(fd, mark, "true", 5000), "the completed line runs; screen: %s", screen + mark);
  CHECK(ask(fd, ":help", "Topics:", &mark), ":help answers; screen: %s", screen + mark);
  CHECK(ask(fd, ":help query", "group_by", &mark), ":help query; screen: %s", screen + mark);
  type_line(fd, "os.exit(0)");
  int status = finish(pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the REPL exits with os.exit(0)");
  close(fd);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: test_repl IVLUA CORPUS\n");
    return 2;
  }
  char home[] = "/tmp/ivlua-repl-XXXXXX";
  if (!mkdtemp(home)) return 2;
  int fd;
  pid_t pid = spawn(argv[1], home, NULL, NULL, &fd);
  CHECK(expect(fd, 0, "> ", 5000), "the first prompt; screen: %s", screen);
  size_t mark;
  CHECK(ask(fd, "1+1", "2", &mark), "an expression's value is printed; screen: %s", screen + mark);
  CHECK(ask(fd, "for i = 1, 2 do", ">> ", &mark), "continuation prompt; screen: %s", screen + mark);
  CHECK(ask(fd, "io.write(i * 10, ';') end", "10;20;", &mark), "the chunk ran once complete; screen: %s",
        screen + mark);
  mark = screen_len;
  type_line(fd, "a = ivlua.article('A $5 million deal.')");
  type_line(fd, "a:entities()().value");
  CHECK(expect(fd, mark, "5000000", 5000), "ivlua in the REPL; screen: %s", screen + mark);
  CHECK(ask(fd, "error('oops')", "oops", &mark), "errors are reported and the loop goes on");
  /* Ctrl-C interrupts what runs, and the REPL goes on */
  mark = screen_len;
  type_line(fd, "while true do end");
  usleep(300000);
  if (write(fd, "\003", 1) < 0) perror("write");
  CHECK(expect(fd, mark, "interrupted!", 5000), "Ctrl-C interrupts a loop; screen: %s", screen + mark);
  CHECK(ask(fd, "2+3", "5", &mark), "the REPL lives on after Ctrl-C; screen: %s", screen + mark);
  /* inside a rule's normaliser too: the load stops, not one match */
  type_line(fd, "ivlua.rule{name = 'stuck', type = 'stuck', pattern = 'invest', "
                "normalize = function() while true do end end}");
  mark = screen_len;
  char load[512];
  snprintf(load, sizeof load, "c = ivlua.load('%s')", argv[2]);
  type_line(fd, load);
  usleep(300000);
  if (write(fd, "\003", 1) < 0) perror("write");
  CHECK(expect(fd, mark, "interrupted!", 5000), "Ctrl-C interrupts a normaliser's loop; screen: %s", screen + mark);
  CHECK(ask(fd, "c == nil and 7*6", "42", &mark), "the load was stopped and the REPL lives on; screen: %s",
        screen + mark);
  type_line(fd, "os.exit(0)");
  int status = finish(pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the REPL exits with os.exit(0)");
  close(fd);

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
  explore_corpus(argv[1], home, argv[2]);
  remove(path);
  rmdir(home);
  return check_done();
}
