#!/usr/bin/env bash
# Load on `diptych serve`: 200 concurrent connections from wrk on loopback for 30 seconds,
# while a page of the site is saved five times a second (so it keeps rebuilding), and the
# server's resident memory sampled every second. Prints wrk's report, the failed requests
# and the memory of the first and the last ten seconds.
#
#   bash benches/serve_load.sh [SECONDS]      # default 30; needs wrk (apt-get install wrk)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_TOTAL=${1:-30}
command -v wrk >/dev/null || apt-get install -y --no-install-recommends wrk >/dev/null
cargo build --release --locked --manifest-path "$REPO/Cargo.toml" >/dev/null 2>&1
SITE=$(mktemp -d)
cp -r "$REPO"/{content,i18n,themes,site.yaml} "$SITE"/
OUT=$(mktemp)
"$REPO/target/release/diptych" serve --port 0 --root "$SITE" >"$OUT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER $SAVER $SAMPLER 2>/dev/null; rm -rf "$SITE" "$OUT"' EXIT
for _ in $(seq 100); do grep -q "Serving the site at" "$OUT" && break; sleep 0.1; done
URL=$(grep -o "http://[0-9.:]*/" "$OUT" | head -1)
PAGE="$SITE/content/strategie/academische-zorg.nl.md"
( n=0; while true; do n=$((n + 1)); printf '\nBewerking %s.\n' "$n" >>"$PAGE"; sleep 0.2; done ) &
SAVER=$!
( while true; do ps -o rss= -p "$SERVER"; sleep 1; done ) >"$SITE/rss" &
SAMPLER=$!
wrk -t2 -c200 -d"${SECONDS_TOTAL}s" --latency "${URL}nl/strategie/academische-zorg/" | tee "$SITE/wrk"
kill $SAVER $SAMPLER
python3 - "$SITE/rss" "$SITE/wrk" "$OUT" <<'PY'
import re, sys
rss = [int(line) for line in open(sys.argv[1]) if line.strip()]
wrk = open(sys.argv[2]).read()
errors = re.search(r"Socket errors: (.*)", wrk)
non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
first, last = rss[:10], rss[-10:]
avg = lambda xs: sum(xs) / len(xs) / 1024
rebuilds = open(sys.argv[3]).read().count("Rebuilt:") - 1
print(f"failed requests: socket errors {errors.group(1) if errors else 'none'}, "
      f"non-2xx {non_2xx.group(1) if non_2xx else 0}")
print(f"rebuilds while under load: {rebuilds}")
print(f"resident memory: first 10 s {avg(first):.1f} MiB, last 10 s {avg(last):.1f} MiB "
      f"({(avg(last) / avg(first) - 1) * 100:+.1f} %)")
PY
