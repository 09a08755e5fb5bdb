#!/usr/bin/env bash
# The web page end to end: ingests a few corpus documents (and tests/web/data/) into a fresh
# database with `vanban ingest`, starts `vanban serve` on a free port and drives the page in
# headless Chromium (Debian's /usr/bin/chromium) with playwright-core (package-lock.json).
# Usage: run.sh VANBAN SOURCE_DIR WORK_DIR
set -euo pipefail
vanban=$1 src=$2 work=$3
chromium=${CHROMIUM:-/usr/bin/chromium}
for tool in node npm; do
  command -v "$tool" > /dev/null || { echo "web test: $tool not found (scripts/install-deps.sh)" >&2; exit 1; }
done
[ -x "$chromium" ] || { echo "web test: $chromium not found (scripts/install-deps.sh)" >&2; exit 1; }
mkdir -p "$work"

# playwright-core as the lock file pins it; installed again only when the lock file changed,
# so the test runs offline once node_modules is there.
stamp="$work/node_modules/.vanban-package-lock.json"
if ! cmp -s "$src/tests/web/package-lock.json" "$stamp"; then
  cp "$src/tests/web/package.json" "$src/tests/web/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$src/tests/web/package-lock.json" "$stamp"
fi

db="$work/vanban.db"
rm -f "$db" "$db-wal" "$db-shm"
"$vanban" --db "$db" ingest "$src/corpus/real/cd-224-2025-ttg.txt" \
  "$src/corpus/real/tb-627-2025-vpcp.txt" "$src/corpus/real/cv-11414-2025-cn.txt" \
  "$src/tests/web/data/" > "$work/ingest.log"

log="$work/serve.log"
"$vanban" serve --db "$db" --port 0 > "$log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true; wait $server 2> /dev/null || true' EXIT
url=""
for _ in $(seq 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" || true)
  [ -n "$url" ] && break
  kill -0 $server 2> /dev/null || { echo "web test: vanban serve exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "web test: vanban serve did not start" >&2; cat "$log" >&2; exit 1; }

NODE_PATH="$work/node_modules" node "$src/tests/web/page_test.js" "$url" "$chromium"
