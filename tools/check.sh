#!/bin/sh
# Run every test: the normal build (made by tools/setup.sh), then the same
# suite again under AddressSanitizer + UndefinedBehaviorSanitizer, then the
# tests that extract on worker threads under ThreadSanitizer (install.lua_module:
# in lua5.4, the module installed), then, with clang, every fuzz target for
# 30 seconds.
set -eu
cd "$(dirname "$0")/.."

ctest --test-dir build --output-on-failure -j "$(nproc)"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DIVLUA_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"

cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIVLUA_TSAN=ON >/dev/null
cmake --build build-tsan -j "$(nproc)"
TSAN_OPTIONS=halt_on_error=1 \
  ctest --test-dir build-tsan --output-on-failure -j "$(nproc)" -R 'c\.pool|lua\.(objects|inputs|facts|cli)|install\.lua_module'

# Every libFuzzer target of fuzz/ for 30 seconds (docs/fuzzing.md).
if command -v clang >/dev/null 2>&1; then
  fuzz/run 30
else
  echo "check: clang not found: fuzz targets skipped (docs/fuzzing.md)"
fi
