#!/usr/bin/env bash
# Quality checks for a built site folder: W3C Nu HTML checker, then browser checks
# (axe-core WCAG 2.2 AA + best practices, language switcher, internal links, lang/title/h1,
# budgets: no layout shift, no request to another host, HTML + CSS under 50 kB), the fonts
# (under 150 kB in all; each PDF embeds only fonts the site ships), optionally screenshots.
# Usage: check-site.sh PUBLIC_DIR [--screenshots OUT_DIR]
# Last line of output: "quality: N passed, M failed"; exit status 0 only if M is 0.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
usage() { echo "usage: $0 PUBLIC_DIR [--screenshots OUT_DIR]" >&2; exit 2; }
[[ $# -ge 1 && -d $1 ]] || usage
public="$(cd "$1" && pwd)"; shift
shots=()
if [[ $# -gt 0 ]]; then
  [[ $1 == --screenshots && $# -eq 2 ]] || usage
  mkdir -p "$2"; shots=(--screenshots "$(cd "$2" && pwd)")
fi
vnu="$here/node_modules/vnu-jar/build/dist/vnu.jar"
[[ -f $vnu && -x /usr/bin/chromium ]] || { echo "missing tools: run bash .ci/install-quality-tools.sh" >&2; exit 2; }

tmp="$(mktemp -d)"; server=""; child=""
cleanup() {
  [[ -n $child ]] && kill "$child" 2>/dev/null
  [[ -n $server ]] && kill "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# Run a command in the background and wait, so that Ctrl-C / kill reach the trap at once.
run() { "$@" & child=$!; wait "$child"; local rc=$?; child=""; return $rc; }
cd "$public"

passed=0; failed=0
mapfile -d '' files < <(find . -name '*.html' -type f -print0 | sort -z)
if ((${#files[@]} == 0)); then
  echo "FAIL no *.html files in $public"; echo "quality: 0 passed, 1 failed"; exit 1
fi

# a. W3C Nu HTML checker: one check per file.
echo "== W3C Nu HTML checker (${#files[@]} files)"
run java -jar "$vnu" --errors-only --format json "${files[@]}" 2>"$tmp/vnu.json"
node - "$public" "$tmp/vnu.json" "${files[@]}" >"$tmp/vnu.out" <<'JS'
const fs = require('fs'), path = require('path'), { fileURLToPath } = require('url');
const [pub, json, ...files] = process.argv.slice(2);
let messages;
try { messages = JSON.parse(fs.readFileSync(json, 'utf8')).messages; } catch {
  console.log('FAIL the Nu checker did not run:\n' + fs.readFileSync(json, 'utf8'));
  console.log(0, files.length); process.exit();
}
const bad = new Set();
for (const m of messages) {
  if (m.type === 'info') continue;
  const file = m.url ? path.relative(pub, fileURLToPath(m.url)) : '?';
  bad.add(file);
  console.log(`FAIL ${file}:${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}`);
}
const failed = files.filter((f) => bad.has(path.normalize(f))).length;
console.log(files.length - failed, failed + (bad.has('?') ? 1 : 0));
JS
sed '$d' "$tmp/vnu.out"
read -r p f < <(tail -n 1 "$tmp/vnu.out")
passed=$((passed + p)); failed=$((failed + f))
echo "html files: $p passed, $f failed"

# b. Serve PUBLIC_DIR on 127.0.0.1, on a free port chosen by the OS; no directory listings.
python3 - "$public" >"$tmp/port" 2>/dev/null <<'PY' &
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def list_directory(self, path):
        self.send_error(404)
    def log_message(self, *args):
        pass
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(Handler, directory=sys.argv[1]))
print(srv.server_address[1], flush=True)
srv.serve_forever()
PY
server=$!
for _ in $(seq 100); do [[ -s $tmp/port ]] && break; sleep 0.1; done
port="$(cat "$tmp/port")"
[[ -n $port ]] || { echo "FAIL could not start the web server"; echo "quality: $passed passed, $((failed + 1)) failed"; exit 1; }

# c/d. Browser checks (and screenshots).
echo "== browser checks on http://127.0.0.1:$port/"
run node "$here/browser-checks.mjs" "$public" "http://127.0.0.1:$port" "${shots[@]}" >"$tmp/browser.out"
sed '$d' "$tmp/browser.out"
summary="$(tail -n 1 "$tmp/browser.out")"
if [[ $summary =~ ^\{\"passed\":([0-9]+),\"failed\":([0-9]+)\}$ ]]; then
  passed=$((passed + BASH_REMATCH[1])); failed=$((failed + BASH_REMATCH[2]))
  echo "pages: ${BASH_REMATCH[1]} passed, ${BASH_REMATCH[2]} failed"
else
  echo "FAIL the browser checks did not finish"; failed=$((failed + 1))
fi

# e. Fonts: the site's font files weigh under 150 kB in all (one check), and each print
# edition (brochure-*.pdf) embeds only fonts the site ships, every one embedded (one check per
# PDF). A PDF font is matched to a font file by its name without punctuation and case:
# MSTSans-Regular is fonts/mst-sans-regular.<hash>.woff2. Any other font is one Chromium took
# from the computer because the site's fonts lack a character.
echo "== fonts"
FONT_BUDGET=150000
mapfile -d '' fonts < <(find . -type f \( -name '*.woff2' -o -name '*.woff' -o -name '*.ttf' -o -name '*.otf' \) -print0 | sort -z)
font_bytes=0; shipped=()
for font in "${fonts[@]}"; do
  font_bytes=$((font_bytes + $(stat -c %s "$font")))
  name="${font##*/}"; name="${name%%.*}"; shipped+=("$(tr -dc '[:alnum:]' <<<"$name" | tr '[:upper:]' '[:lower:]')")
done
if ((font_bytes <= FONT_BUDGET)); then
  echo "fonts: ${#fonts[@]} files, $font_bytes bytes (budget $FONT_BUDGET)"; passed=$((passed + 1))
else
  echo "FAIL fonts: ${#fonts[@]} files, $font_bytes bytes, over the budget of $FONT_BUDGET"; failed=$((failed + 1))
fi
for pdf in brochure-*.pdf; do
  [[ -f $pdf ]] || continue
  if ! listing="$(pdffonts "$pdf" 2>&1)"; then
    echo "FAIL $pdf: pdffonts could not read it: $listing"; failed=$((failed + 1)); continue
  fi
  bad=()
  while read -r font rest; do
    read -ra columns <<<"$rest"
    embedded="${columns[${#columns[@]} - 5]}"
    key="$(tr -dc '[:alnum:]' <<<"${font#*+}" | tr '[:upper:]' '[:lower:]')"
    known=no; for s in "${shipped[@]}"; do [[ $s == "$key" ]] && known=yes; done
    [[ $known == yes && $embedded == yes ]] || bad+=("${font#*+} (embedded: $embedded)")
  done < <(tail -n +3 <<<"$listing")
  if ((${#bad[@]})); then
    echo "FAIL $pdf: fonts the site does not ship, or not embedded: ${bad[*]}"; failed=$((failed + 1))
  else
    echo "$pdf: only the site's own fonts, embedded ($(tail -n +3 <<<"$listing" | awk '{sub(/^[A-Z]+\+/, "", $1); print $1}' | sort -u | paste -sd ' '))"
    passed=$((passed + 1))
  fi
done

echo "quality: $passed passed, $failed failed"
((failed == 0))
