#!/bin/sh
# The whole test suite under valgrind's memcheck: every ivlua process a test
# starts (the Lua test runner, the commands it spawns) and every C unit test,
# through a wrapper put in place of each binary of a build of its own, so
# that a process a test starts through the shell is checked too.
# Usage: sh tools/memcheck.sh [ctest options, e.g. -R lua.hostile]
# Prints the processes valgrind found errors or leaks in (their logs are in
# build-memcheck/memcheck/), and exits 1 if there were any.
set -eu
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "memcheck: valgrind is not installed (apt-get install valgrind)"; exit 1; }

dir=build-memcheck
# without PCRE2's JIT: valgrind sees nothing inside JIT-compiled code and
# flags its reads of PCRE2's own stack (the matches are the same)
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIVLUA_JIT=OFF >/dev/null
cmake --build "$dir" -j "$(nproc)" >/dev/null
logs=$(pwd)/$dir/memcheck
rm -rf "$logs" && mkdir -p "$logs"

# Each binary becomes NAME.real behind a script of NAME that runs it under
# valgrind (a build links NAME again, so this is done after every build).
for bin in "$dir"/bin/ivlua "$dir"/bin/test_*; do
  case $bin in *.real) continue ;; esac
  # (a script already: wrapped before, and not linked again since)
  [ "$(head -c 2 "$bin")" = "#!" ] || mv -f "$bin" "$bin.real"
  # (a copy of the wrapper, as 'cmake --install' makes in a test, runs the build's binary)
  cat > "$bin" <<EOF
#!/bin/sh
real="\$0.real"
[ -x "\$real" ] || real="$(pwd)/$bin.real"
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
  --errors-for-leak-kinds=definite,indirect --log-file="$logs/%p.log" "\$real" "\$@"
EOF
  chmod +x "$bin"
done

status=0
# valgrind is some 30 times slower: long timeouts, one test per core
ctest --test-dir "$dir" --timeout 3000 -j "$(nproc)" "$@" || status=1
found=0
for log in "$logs"/*.log; do
  # valgrind's notes on ioctls it does not know (the REPL test's terminal) are no finding
  grep -qv -e 'noted but unhandled ioctl' -e 'could cause spurious value errors' \
    -e 'README_MISSING_SYSCALL_OR_IOCTL' "$log" 2>/dev/null || continue
  found=$((found + 1))
  echo "== $log"
  head -40 "$log"
done
echo "memcheck: $(ls "$logs" | wc -l) processes checked, $found with errors or leaks"
[ "$found" -eq 0 ] || status=1
exit $status
