#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what the build needs, builds with warnings
# as errors, runs every test, builds again with ASan + UBSan and runs every test there too,
# then checks the evaluation floor on corpus/ (scripts/eval-floor.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

jobs=$(nproc)
run_suite() {  # build-dir, extra cmake args...
  local dir=$1; shift
  mkdir -p "$dir"
  cmake -S . -B "$dir" -G Ninja -DVANBAN_WERROR=ON "$@" > "$dir/configure.log" 2>&1 \
    || { cat "$dir/configure.log"; exit 2; }
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

echo "== release build, warnings as errors"
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo
echo "== ASan + UBSan build"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DVANBAN_SANITIZE=ON
echo "== evaluation floor on corpus/"
./scripts/eval-floor.sh build/vanban
