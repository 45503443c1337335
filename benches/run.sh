#!/usr/bin/env bash
# Speed benchmark: diptych against Hugo on the same generated bilingual site.
#
#   bash benches/run.sh [N ...]        # N = pages per language; default: 1000 5000 10000
#
# For each N: generates the two equivalent sites (benches/gen_site.py --seed 1) into
# /dev/shm/diptych-bench/N/{diptych,hugo}, builds each once under /usr/bin/time -v (peak memory,
# and a sanity check of the output), then times with hyperfine (warmup 1; 5 runs, 10 for
# N <= 1000, 3 for N >= 10000):
#   a. diptych clean build     (prepare: rm -rf OUT SITE/.diptych-cache)
#   b. Hugo clean build        (prepare: rm -rf OUT SITE/resources)
#   c. diptych no-change rebuild (output and cache left in place; four times the runs)
# and prints a Markdown report, also saved to /dev/shm/diptych-bench/results.md.
# DIPTYCH_BIN=path/to/diptych skips the cargo build and benchmarks that binary instead.
# IMAGES=K gives the first K pages of the diptych site a picture of their own (1800 x 1200
# PNG, gen_site.py --images K; the Hugo site gets none) and adds a timing:
#   d. diptych build into an empty output folder with the encoded images still cached
#      (prepare: rm -rf OUT SITE/.diptych-cache/*.bin)
# so a. then includes encoding every image, and c. is the no-change rebuild with images.
# Needs: cargo, python3, hugo, hyperfine, /usr/bin/time (the last three are installed with
# apt-get when missing and running as root).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=/dev/shm/diptych-bench
SEED=1
export IMAGES=${IMAGES:-0}
[ $# -gt 0 ] || set -- 1000 5000 10000
[[ "$IMAGES" =~ ^[0-9]+$ ]] || { echo "run.sh: error: IMAGES must be a whole number, got '$IMAGES'" >&2; exit 1; }

die() { echo "run.sh: error: $*" >&2; exit 1; }

for n in "$@"; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 2 ] || die "N must be a whole number >= 2, got '$n'"
done
[ -d /dev/shm ] || die "/dev/shm (tmpfs) is missing"

# --- tools -----------------------------------------------------------------------------
need() { # need COMMAND-OR-PATH DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "== installing $2 (apt-get)"
    apt-get install -y --no-install-recommends "$2" >/dev/null ||
      { apt-get update >/dev/null && apt-get install -y --no-install-recommends "$2" >/dev/null; }
  fi
  command -v "$1" >/dev/null 2>&1 || die "$1 not found; install the Debian package '$2'"
}
need python3 python3
need hugo hugo
need hyperfine hyperfine
need /usr/bin/time time

mkdir -p "$BENCH"
# The machine should be otherwise idle: the builds use every core.
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$LOAD" >"$BENCH/loadavg"
if python3 -c "import sys; sys.exit(float('${LOAD%% *}') <= 0.5)"; then
  echo "run.sh: note: load average $LOAD at the start; other work on this machine skews the timings" >&2
fi

# --- diptych ---------------------------------------------------------------------------
mkdir -p "$BENCH/bin"
if [ -n "${DIPTYCH_BIN:-}" ]; then # benchmark a given binary instead (e.g. an older build)
  [ -x "$DIPTYCH_BIN" ] || die "DIPTYCH_BIN=$DIPTYCH_BIN is not an executable file"
  cp "$DIPTYCH_BIN" "$BENCH/bin/diptych"
  built_from="the binary $DIPTYCH_BIN"
else
  command -v cargo >/dev/null || die "cargo not found (install Rust with rustup)"
  echo "== cargo build --release --locked"
  (cd "$REPO" && cargo build --release --locked) || die "cargo build --release --locked failed"
  TARGET_DIR=$(cd "$REPO" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  # Benchmark a copy, so that a cargo build running meanwhile cannot swap the binary mid-run.
  cp "$TARGET_DIR/release/diptych" "$BENCH/bin/diptych"
  built_from="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo 'unknown commit')$(
    [ -n "$(git -C "$REPO" status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null)" ] &&
    echo ' with uncommitted changes'), $(rustc --version 2>/dev/null || echo 'rustc ?')"
fi
DIPTYCH="$BENCH/bin/diptych"

{
  echo "- diptych: $built_from"
  echo "- $(hugo version)"
  echo "- $(hyperfine --version)"
} >"$BENCH/versions.md"

# --- helpers ---------------------------------------------------------------------------
count_index() { find "$1" -name index.html -type f | wc -l; }

report() { # report N...: writes $BENCH/results.md from the JSON and time files
  python3 - "$BENCH" "$@" <<'PY'
import json, os, sys

bench, ns = sys.argv[1], [int(n) for n in sys.argv[2:]]

def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"

def mem_total():
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal:"):
            return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "?"

def hf(path):
    r = json.load(open(path))["results"][0]
    return {"mean": r["mean"], "sd": r["stddev"] or 0.0, "min": r["min"],
            "cpu": r["user"] + r["system"], "runs": len(r["times"])}

def rss_mib(path):
    for line in open(path):
        if "Maximum resident set size (kbytes):" in line:
            return int(line.rsplit(":", 1)[1]) / 1024
    raise SystemExit(f"no maximum resident set size in {path}")

images = int(os.environ.get("IMAGES", "0"))

def pages(n):  # rendered pages: N pages + 3 sections + home, in 2 languages
    return 2 * (n + 4)

def s(x):
    return f"{x:.3f} s" if x < 10 else f"{x:.2f} s"

def wall(r):  # mean ± standard deviation (fastest run; number of runs)
    return f"{s(r['mean'])} ± {s(r['sd'])[:-2]} (min {s(r['min'])[:-2]}; {r['runs']} runs)"

out = ["# diptych vs. Hugo", "",
       f"- machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
       f"{cpu_model()}, {mem_total()} RAM; load average at the start: "
       f"{open(os.path.join(bench, 'loadavg')).read().strip()} (1, 5, 15 min)",
       open(os.path.join(bench, "versions.md")).read().rstrip(), "",
       "Same generated site for both (benches/gen_site.py --seed 1): nl + de, home, 3 sections, "
       "N pages per language of ~600 words with headings, lists, a table and 3-5 links by key. "
       "Wall time: hyperfine mean ± standard deviation and fastest run (warmup 1); output on tmpfs; "
       "peak memory: maximum resident set size of one clean build (/usr/bin/time -v)."
       + (f" With images: the first {images} pages of the diptych site show a 1800 x 1200 PNG "
          f"each (published in 3 widths as PNG and WebP: {images * 6} files to encode); "
          "the Hugo site has none, so the clean-build ratios are not like for like."
          if images else ""), ""]
rows = {}
for n in ns:
    d = os.path.join(bench, str(n))
    dc, hc, dr = (hf(os.path.join(d, f)) for f in
                  ("diptych-clean.json", "hugo-clean.json", "diptych-rebuild.json"))
    dm, hm = rss_mib(os.path.join(d, "time-diptych.txt")), rss_mib(os.path.join(d, "time-hugo.txt"))
    p = pages(n)
    rows[n] = (dc, hc, dr, dm, hm)
    out += [f"## N = {n} pages per language ({p} pages in all: 2 × ({n} pages + 3 sections + home))",
            "",
            "| | diptych | Hugo | diptych / Hugo |",
            "| --- | ---: | ---: | ---: |",
            f"| clean build, wall | {wall(dc)} | {wall(hc)} | {dc['mean'] / hc['mean']:.2f} |",
            f"| clean build, CPU (user + sys) | {s(dc['cpu'])} | {s(hc['cpu'])} "
            f"| {dc['cpu'] / hc['cpu']:.2f} |",
            f"| peak memory (max RSS) | {dm:.1f} MiB | {hm:.1f} MiB | {dm / hm:.2f} |",
            f"| pages per second (clean, wall) | {p / dc['mean']:,.0f} | {p / hc['mean']:,.0f} "
            f"| {hc['mean'] / dc['mean']:.2f} |",
            f"| no-change rebuild, wall | {wall(dr)}; "
            f"{dr['mean'] / dc['mean']:.2f} × diptych's clean build | – | – |"]
    cached = os.path.join(d, "diptych-cached-images.json")
    if os.path.exists(cached):
        dci = hf(cached)
        out += [f"| empty output folder, encoded images from the cache, wall | {wall(dci)} | – | – |"]
    out += [""]
if len(ns) > 1:
    lo, hi = min(ns), max(ns)
    pr = pages(hi) / pages(lo)
    (dcl, hcl, drl, _, _), (dch, hch, drh, _, _) = rows[lo], rows[hi]
    out += ["## Linearity", "",
            f"From N = {lo} to N = {hi} ({pr:.2f} × the pages; linear scaling would take "
            f"{pr:.2f} × the time): diptych clean build {dch['mean'] / dcl['mean']:.2f} × the time, "
            f"diptych no-change rebuild {drh['mean'] / drl['mean']:.2f} ×, "
            f"Hugo clean build {hch['mean'] / hcl['mean']:.2f} ×.", ""]
    out += ["## Overview", "",
            "| N | diptych clean | Hugo clean | diptych / Hugo | diptych MiB | Hugo MiB "
            "| memory ratio | diptych rebuild | rebuild / clean | diptych pages/s | Hugo pages/s |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for n in ns:
        dc, hc, dr, dm, hm = rows[n]
        out.append(f"| {n} | {s(dc['mean'])} | {s(hc['mean'])} | {dc['mean'] / hc['mean']:.2f} "
                   f"| {dm:.0f} | {hm:.0f} | {dm / hm:.2f} | {s(dr['mean'])} "
                   f"| {dr['mean'] / dc['mean']:.2f} | {pages(n) / dc['mean']:,.0f} "
                   f"| {pages(n) / hc['mean']:,.0f} |")
    out.append("")
open(os.path.join(bench, "results.md"), "w").write("\n".join(out))
PY
}

# --- benchmark -------------------------------------------------------------------------
done_ns=()
for N in "$@"; do
  D="$BENCH/$N"
  SD="$D/diptych"; OD="$D/out-diptych"
  SH="$D/hugo";    OH="$D/out-hugo"
  # Small sites build in a tenth of a second: more runs there keep noise from deciding the
  # ratios and the linearity figure.
  RUNS=5; [ "$N" -le 1000 ] && RUNS=10; [ "$N" -ge 10000 ] && RUNS=3
  # A no-change rebuild takes a fraction of a second: more runs cost little and keep one
  # noisy moment of a shared machine from deciding the mean.
  REBUILD_RUNS=$((RUNS * 4))
  EXPECTED=$((2 * (N + 4) + 1)) # every page, section and home in 2 languages + the root index.html

  echo "== N=$N: generating sites into $D"
  rm -rf "$D"; mkdir -p "$D"
  python3 "$REPO/benches/gen_site.py" --pages "$N" --seed "$SEED" --images "$IMAGES" --out "$D"

  echo "== N=$N: one clean build each (peak memory, sanity check)"
  /usr/bin/time -v -o "$D/time-diptych.txt" \
    "$DIPTYCH" build --root "$SD" --out "$OD" >"$D/diptych.log" 2>&1 ||
    { cat "$D/diptych.log" >&2; die "diptych build failed (N=$N)"; }
  if grep -Eiq '(^|[^0-9])[1-9][0-9]* warnings?|^warning|error' "$D/diptych.log"; then
    cat "$D/diptych.log" >&2; die "diptych build reported warnings or errors (N=$N)"
  fi
  /usr/bin/time -v -o "$D/time-hugo.txt" \
    hugo --quiet -s "$SH" -d "$OH" >"$D/hugo.log" 2>&1 ||
    { cat "$D/hugo.log" >&2; die "hugo build failed (N=$N)"; }
  if [ -s "$D/hugo.log" ]; then
    cat "$D/hugo.log" >&2; die "hugo printed warnings or errors (N=$N)"
  fi
  cd_count=$(count_index "$OD"); ch_count=$(count_index "$OH")
  [ "$cd_count" -eq "$EXPECTED" ] || die "diptych wrote $cd_count index.html files, expected $EXPECTED"
  [ "$ch_count" -eq "$EXPECTED" ] || die "hugo wrote $ch_count index.html files, expected $EXPECTED"
  if ! diff -q <(cd "$OD" && find . -name index.html | sort) \
                <(cd "$OH" && find . -name index.html | sort) >/dev/null; then
    die "diptych and hugo wrote pages at different addresses (compare the index.html files in $OD and $OH)"
  fi
  for f in "$OD/sitemap.xml" "$OD/404.html" "$OH/sitemap.xml"; do
    [ -s "$f" ] || die "missing $f"
  done
  for lang in nl de; do # a page's links by key resolved the same way in both
    p=$(cd "$OD" && find "$lang" -path '*-1/index.html' -print -quit)
    [ -n "$p" ] && cmp -s <(grep -o 'href="[^"]*"' "$OD/$p") <(grep -o 'href="[^"]*"' "$OH/$p") ||
      die "the links of $lang page 1 differ between diptych and hugo ($OD/$p, $OH/$p)"
  done
  echo "   ok: $cd_count index.html files each, same addresses, same links on page 1"

  echo "== N=$N: a. diptych clean build"
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$D/diptych-clean.json" \
    --prepare "rm -rf $OD $SD/.diptych-cache" -n "diptych clean build (N=$N)" \
    "$DIPTYCH build --root $SD --out $OD"
  echo "== N=$N: b. hugo clean build"
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$D/hugo-clean.json" \
    --prepare "rm -rf $OH $SH/resources" -n "hugo clean build (N=$N)" \
    "hugo --quiet -s $SH -d $OH"
  echo "== N=$N: c. diptych no-change rebuild"
  hyperfine -N --warmup 1 --runs "$REBUILD_RUNS" --export-json "$D/diptych-rebuild.json" \
    -n "diptych no-change rebuild (N=$N)" \
    "$DIPTYCH build --root $SD --out $OD"
  [ "$(count_index "$OD")" -eq "$EXPECTED" ] || die "diptych's rebuild output lost pages (N=$N)"
  if [ "$IMAGES" -gt 0 ]; then
    echo "== N=$N: d. diptych build, encoded images from the cache"
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$D/diptych-cached-images.json" \
      --prepare "rm -rf $OD $SD/.diptych-cache/*.bin" -n "diptych build, images cached (N=$N)" \
      "$DIPTYCH build --root $SD --out $OD"
  fi

  done_ns+=("$N")
  report "${done_ns[@]}" # results so far, in case a later N fails
done

echo
cat "$BENCH/results.md"
echo
echo "(saved to $BENCH/results.md)"
