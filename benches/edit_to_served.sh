#!/usr/bin/env bash
# Edit to served: how long after saving a change to a German page's title and text the
# preview server serves that page AND its section listing with the change, for
# `diptych serve` and for `hugo server` on the same generated site.
#
#   bash benches/edit_to_served.sh [N ...]     # N = pages per language; default: 1000 10000
#
# For each N: generates the two sites (benches/gen_site.py --seed 1, every page linking to
# 3-5 others by key) into /dev/shm/diptych-bench/N unless they are there, copies each (the
# measurement edits it), and runs benches/serve_latency.py on content/zorg/page-00001.de.md,
# asking for /de/zorg/seite-1/ and /de/zorg/ until both show the edit. EDITS (default 10)
# edits for diptych, HUGO_EDITS (default 8) for Hugo. Prints a Markdown table, also saved to
# /dev/shm/diptych-bench/edit-to-served.md. DIPTYCH_BIN=path skips the cargo build.
# HUGO=0 measures diptych alone (to re-measure diptych quickly: HUGO=0 ... 1000).
# Needs: cargo, python3, hugo (installed with apt-get when missing and running as root;
# not with HUGO=0).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=/dev/shm/diptych-bench
EDITS=${EDITS:-10}
HUGO_EDITS=${HUGO_EDITS:-8}
HUGO=${HUGO:-1}
SERVERS="diptych"; [ "$HUGO" = 0 ] || SERVERS="diptych hugo"
[ $# -gt 0 ] || set -- 1000 10000
die() { echo "edit_to_served.sh: error: $*" >&2; exit 1; }
for n in "$@"; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 2 ] || die "N must be a whole number >= 2, got '$n'"
done

if [ "$HUGO" != 0 ] && ! command -v hugo >/dev/null; then
  [ "$(id -u)" -eq 0 ] && apt-get install -y --no-install-recommends hugo >/dev/null ||
    die "hugo not found; install the Debian package 'hugo'"
fi

mkdir -p "$BENCH/bin"
if [ -n "${DIPTYCH_BIN:-}" ]; then
  [ -x "$DIPTYCH_BIN" ] || die "DIPTYCH_BIN=$DIPTYCH_BIN is not an executable file"
  cp "$DIPTYCH_BIN" "$BENCH/bin/diptych-serve"
else
  (cd "$REPO" && cargo build --release --locked) || die "cargo build --release --locked failed"
  TARGET_DIR=$(cd "$REPO" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  # A copy, so that a cargo build running meanwhile cannot swap the binary mid-run.
  cp "$TARGET_DIR/release/diptych" "$BENCH/bin/diptych-serve"
fi

FILE=content/zorg/page-00001.de.md
PAGE=/de/zorg/seite-1/
LISTING=/de/zorg/
report="$BENCH/edit-to-served.md"
{
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)$(
    [ "$HUGO" = 0 ] || echo "; $(hugo version)")"
  echo
  echo "| pages per language | diptych serve | hugo server | Hugo / diptych (medians) |"
  echo "| ---: | --- | --- | ---: |"
} >"$report"
for N in "$@"; do
  D="$BENCH/$N"
  if [ ! -f "$D/diptych/$FILE" ] || [ ! -f "$D/hugo/$FILE" ]; then
    echo "== N=$N: generating sites into $D"
    rm -rf "$D"; mkdir -p "$D"
    python3 "$REPO/benches/gen_site.py" --pages "$N" --seed 1 --out "$D"
  fi
  for server in $SERVERS; do
    copy="$BENCH/edit-$server-$N"
    rm -rf "$copy"; cp -r "$D/$server" "$copy"
    rm -rf "$copy/.diptych-cache" "$copy/public" "$copy/resources"
    binary="$BENCH/bin/diptych-serve"; edits=$EDITS
    [ "$server" = hugo ] && binary=$(command -v hugo) && edits=$HUGO_EDITS
    echo "== N=$N: $server ($edits edits)"
    python3 "$REPO/benches/serve_latency.py" "$binary" "$copy" "$FILE" "$PAGE" "$LISTING" \
      --edits "$edits" --json "$BENCH/edit-$server-$N.json"
    rm -rf "$copy"
  done
  python3 - "$BENCH" "$N" "$HUGO" >>"$report" <<'PY'
import json, sys
bench, n, hugo = sys.argv[1], int(sys.argv[2]), sys.argv[3] != "0"
figures = lambda server: json.load(open(f"{bench}/edit-{server}-{n}.json"))
cell = lambda f: (f"median {f['median']:,.1f} ms (fastest {f['min']:,.1f}, slowest "
                  f"{f['max']:,.1f}; {f['edits']} edits)")
d = figures("diptych")
if hugo:
    h = figures("hugo")
    print(f"| {n:,} | {cell(d)} | {cell(h)} | {h['median'] / d['median']:,.0f} |")
else:
    print(f"| {n:,} | {cell(d)} | (not measured: HUGO=0) | |")
PY
done
echo
cat "$report"
echo
echo "(saved to $report)"
