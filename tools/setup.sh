#!/bin/sh
# Install what ivlua needs from Debian's packages (as root; skipped when all
# are present), then configure and build into ./build.
# Usage: sh tools/setup.sh [--tests] [extra cmake -D options...]
# --tests adds what only the tests need: chromium, netpbm and fonts for the
# test that renders 'ivlua report' in a browser, parallel for the one that
# shards a corpus with GNU parallel, pcre2-utils for bench/run's reference,
# sqlite3 for the test that queries the sqlite format's output, python3 for
# ../shared's scorer.
set -eu
cd "$(dirname "$0")/.."

packages="build-essential cmake pkg-config liblua5.4-dev lua5.4 libpcre2-dev
libutf8proc-dev libedit-dev libjansson-dev zlib1g-dev libsqlite3-dev"
if [ "${1:-}" = "--tests" ]; then
  shift
  packages="$packages python3 pcre2-utils sqlite3 chromium netpbm fonts-dejavu-core parallel"
fi

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build -j "$(nproc)"
