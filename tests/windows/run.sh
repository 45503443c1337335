#!/usr/bin/env bash
# Windows is tested, not assumed: runs the Windows build of diptych (diptych.exe, cross-compiled
# by release/build.sh) under Wine on the shipped site and compares what it does with the Linux
# build of the same commit:
#   - build: the website, byte for byte equal to the Linux build's (also from CRLF files);
#   - check, status, new, translated: with Windows paths (Z:\… and C:\…) and CRLF files;
#   - serve: the preview answers, and what a save does under Wine;
#   - a double-click (no arguments, a console of its own): the preview starts in a site
#     folder and opens the browser; elsewhere it explains and waits for Enter;
#   - an `init` site, once diptych has `diptych init`.
# Wine 8 lacks ProcessPrng, which Rust's standard library calls at start; tests/windows/prng.c
# stands in for it, beside the exe in a scratch folder only (never in a release).
#
# The programs tested are the ones in the release archives in dist/, as a writer gets them.
#
# Usage: bash tests/windows/run.sh   (after bash release/build.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
# diptych speaks the system's language (Wine passes the environment on); the checks below
# read its English words.
export DIPTYCH_LANG=en
repo=$PWD
version=$(cargo pkgid --locked | sed 's/.*[#@]//')
linux_archive=$repo/dist/diptych-$version-x86_64-linux.tar.gz
windows_archive=$repo/dist/diptych-$version-x86_64-windows.zip

step() { printf '\n--> windows: %s\n' "$*"; step_started=$(date +%s); }
done_step() { echo "    ok ($(($(date +%s) - step_started)) s)"; }
fail() {
  echo "FAILED (windows): $*" >&2
  exit 1
}

install_wine() {
  local missing=()
  command -v wine >/dev/null || missing+=(wine wine64)
  command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
  command -v curl >/dev/null || missing+=(curl)
  command -v unzip >/dev/null || missing+=(unzip)
  if ((${#missing[@]})); then
    echo "windows: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

install_wine
[[ -f $linux_archive && -f $windows_archive ]] || fail "make the release archives first: bash release/build.sh"

work=$(mktemp -d)
export WINEDEBUG=-all WINEPREFIX=$work/prefix
# A browser the preview opens is recorded, not started (winebrowser -> xdg-open -> $BROWSER).
export BROWSER=$work/browser.sh
printf '#!/bin/sh\necho "$1" >> %q/opened.txt\n' "$work" >"$BROWSER"
chmod +x "$BROWSER"
background=()
cleanup() {
  for pid in "${background[@]}"; do kill "$pid" 2>/dev/null || true; done
  wineserver -k 2>/dev/null || true # this run's prefix only (WINEPREFIX)
  rm -rf "$work"
}
trap cleanup EXIT

# The Windows name of a folder: Wine shows the Linux file system as drive Z:.
windows_path() { printf 'Z:%s' "${1//\//\\}"; }
# Runs diptych.exe under Wine with its output as plain text (Wine writes CRLF to a pipe).
win() { wine "$work/bin/diptych.exe" "$@" | tr -d '\r'; }
# (Checks read their input whole, `grep >/dev/null` rather than `grep -q`: with pipefail, a
# writer cut off by an early exit would fail the check.)
# A console log as plain text: Wine's console on a terminal wraps its output in escape codes.
plain() { sed -e 's/\x1b\[1\{0,1\}C/ /g' -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/\x1b\][^\x07]*\x07//g' -e 's/\r//g' "$1"; }
# Waits (up to 90 s) until a preview's log names its address, and prints that address.
preview_address() {
  local address
  for _ in $(seq 90); do
    address=$(plain "$1" | grep -o 'http://127\.0\.0\.1:[0-9]*/' | head -1) || true
    [[ -z $address ]] || { echo "$address" && return; }
    sleep 1
  done
  fail "no preview address in $1: $(plain "$1")"
}
# A copy of the shipped site (its sources, not its output or cache).
copy_site() {
  mkdir -p "$1"
  cp -r "$repo"/{content,i18n,themes,site.yaml} "$1"/
  [[ ! -d $repo/static ]] || cp -r "$repo/static" "$1"/
}
# Makes the text files of a site copy end their lines with CRLF, as on Windows.
to_crlf() {
  find "$1/content" "$1/i18n" "$1/site.yaml" -type f \( -name '*.md' -o -name '*.yaml' -o -name '*.ftl' \) \
    -exec sed -i 's/\r\{0,1\}$/\r/' {} +
}

step "the programs from the release archives, a Wine prefix and the test-only ProcessPrng shim"
mkdir -p "$work/bin" "$work/linux"
unzip -q -j "$windows_archive" '*/diptych.exe' -d "$work/bin"
tar -xzf "$linux_archive" -C "$work/linux" --strip-components=1
linux_exe=$work/linux/diptych
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bin/bcryptprimitives.dll" tests/windows/prng.c -ladvapi32
wineboot -i >/dev/null 2>&1
win --version | grep "^diptych " >/dev/null || fail "diptych.exe --version did not answer under Wine"
done_step

step "build: the shipped site, byte for byte equal to the Linux build"
copy_site "$work/site-linux"
copy_site "$work/site-windows"
"$linux_exe" build --root "$work/site-linux" --out "$work/out-linux" >/dev/null
win build --root "$(windows_path "$work/site-windows")" --out "$(windows_path "$work/out-windows")" |
  grep "^Built " || fail "the Windows build printed no summary"
diff -r "$work/out-linux" "$work/out-windows" || fail "the Windows build differs from the Linux build"
echo "    $(find "$work/out-linux" -type f | wc -l) files identical"
done_step

step "build from CRLF files (as Windows editors and git may write them): same website"
copy_site "$work/site-crlf"
to_crlf "$work/site-crlf"
grep -q $'\r$' "$work/site-crlf/site.yaml" || fail "the CRLF copy has no CRLF"
win build --root "$(windows_path "$work/site-crlf")" --out "$(windows_path "$work/out-crlf")" >/dev/null
diff -r "$work/out-linux" "$work/out-crlf" || fail "the build from CRLF files differs"
done_step

step "check and status, with a C:\\ path and with CRLF files: the same findings as on Linux"
drive_c_site='C:\users\Public\site'
copy_site "$WINEPREFIX/drive_c/users/Public/site"
"$linux_exe" check --root "$work/site-linux" --format json >"$work/check-linux.json"
win check --root "$drive_c_site" --format json >"$work/check-windows.json"
win check --root "$(windows_path "$work/site-crlf")" --format json >"$work/check-crlf.json"
diff "$work/check-linux.json" "$work/check-windows.json" || fail "check (C:\\) differs from Linux"
diff "$work/check-linux.json" "$work/check-crlf.json" || fail "check (CRLF) differs from Linux"
"$linux_exe" status --root "$work/site-linux" --format json >"$work/status-linux.json"
# Windows names the files its own way (content\strategie\…, as Explorer shows them): compared with /
win status --root "$drive_c_site" --format json | sed 's|\\\\|/|g' >"$work/status-windows.json"
win status --root "$(windows_path "$work/site-crlf")" --format json | sed 's|\\\\|/|g' >"$work/status-crlf.json"
grep -q '"content/strategie/_index.de.md"' "$work/status-windows.json" || fail "status names no files"
diff "$work/status-linux.json" "$work/status-windows.json" || fail "status (C:\\) differs from Linux"
diff "$work/status-linux.json" "$work/status-crlf.json" || fail "status (CRLF) differs from Linux"
win status --root "$drive_c_site" | head -3
done_step

step "new and translated, with Windows paths"
win new --root "$drive_c_site" strategie/windows-proef
"$linux_exe" new --root "$work/site-linux" strategie/windows-proef >/dev/null # the reference
for lang in nl de; do
  file=content/strategie/windows-proef.$lang.md
  cmp "$WINEPREFIX/drive_c/users/Public/site/$file" "$work/site-linux/$file" ||
    fail "new wrote another $file than on Linux"
done
# translated: the same record as on Linux, for one file named the Windows way and for all.
printf '\nEen zin erbij.\n' >>"$work/site-linux/content/strategie/_index.nl.md"
printf '\r\nEen zin erbij.\r\n' >>"$work/site-crlf/content/strategie/_index.nl.md"
"$linux_exe" translated --root "$work/site-linux" 'content/strategie/_index.de.md' >/dev/null
(cd "$work/site-crlf" && win translated 'content\strategie\_index.de.md') | grep "^Recorded 1 translation" >/dev/null ||
  fail "translated with a backslash path did not record it"
diff <(tr -d '\r' <"$work/site-linux/content/translations.yaml") \
  <(tr -d '\r' <"$work/site-crlf/content/translations.yaml") || fail "translated recorded something else than on Linux"
win translated --all --root "$(windows_path "$work/site-crlf")" | tail -1 | grep "^Recorded " ||
  fail "translated --all recorded nothing"
done_step

step "serve: the preview answers; a save is rebuilt (or not) under Wine"
wine "$work/bin/diptych.exe" serve --root "$(windows_path "$work/site-windows")" --port 18111 >"$work/serve.log" 2>&1 &
background+=($!)
page=$(preview_address "$work/serve.log")nl/
curl -fsS "$page" -o "$work/page.html" || fail "serve under Wine did not answer on $page"
echo "    GET $page: $(wc -c <"$work/page.html") bytes"
printf '\nWine-proef %s.\n' "$$" >>"$work/site-windows/content/_index.nl.md"
rebuilt=no
for _ in $(seq 20); do
  curl -fsS "$page" -o "$work/page.html" || fail "serve under Wine stopped answering after a save"
  if grep -q "Wine-proef $$" "$work/page.html"; then rebuilt=yes && break; fi
  sleep 1
done
echo "    after a save: rebuilt=$rebuilt"
plain "$work/serve.log" | sed 's/^/    | /'
[[ $rebuilt == yes ]] || fail "serve under Wine did not rebuild after a save"
kill "${background[-1]}"
done_step

step "double-click in a site folder: the preview starts, opens the browser, says how to stop"
# Wine gives a program started on a terminal a console of its own, as Windows does for a
# double-click: script(1) supplies the terminal.
(cd "$work/site-windows" && exec script -qfec "wine '$work/bin/diptych.exe'" /dev/null >"$work/click.log" 2>&1) &
background+=($!)
address=$(preview_address "$work/click.log")
curl -fsS "${address}nl/" -o "$work/click.html" || fail "the preview of a double-click does not answer"
grep -q '<html' "$work/click.html" || fail "the preview of a double-click shows no page"
for _ in $(seq 20); do [[ -s $work/opened.txt ]] && break || sleep 1; done
grep -qx "$address" "$work/opened.txt" || fail "the double-click opened no browser at $address"
plain "$work/click.log" | grep 'close this window' >/dev/null || fail "the window does not say how to stop"
plain "$work/click.log" | sed 's/^/    | /'
kill "${background[-1]}"
wineserver -k 2>/dev/null || true
done_step

# Double-clicks diptych.exe in a folder, presses Enter after 8 s, and checks that the window
# was still open after 6 s: a window that closes at once leaves the writer nothing to read.
click_and_press_enter() {
  local folder=$1 log=$2 waiter
  (cd "$folder" && (sleep 8 && printf '\r') | script -qfec "wine '$work/bin/diptych.exe'" /dev/null >"$log" 2>&1) &
  waiter=$!
  sleep 6
  kill -0 "$waiter" 2>/dev/null || fail "the window closed before Enter: $(plain "$log")"
  wait "$waiter" || true
  plain "$log" | sed 's/^/    | /'
  plain "$log" | grep 'Press Enter to close this window' >/dev/null || fail "it does not wait for Enter"
}

step "double-click outside a site folder: it explains, and waits for Enter"
mkdir -p "$work/downloads"
click_and_press_enter "$work/downloads" "$work/explain.log"
plain "$work/explain.log" | grep 'There is no site.yaml in' >/dev/null || fail "no explanation"
done_step

step "double-click in a site folder whose site.yaml is broken: the problem stays on screen"
copy_site "$work/site-broken"
printf 'languages: [\n' >>"$work/site-broken/site.yaml"
click_and_press_enter "$work/site-broken" "$work/broken.log"
plain "$work/broken.log" | grep 'site.yaml' >/dev/null || fail "the window does not name the broken file"
done_step

# ---------------------------------------------------------------------------------------------
# INIT (runs once diptych has `diptych init`; until then it is skipped, saying so)
# ---------------------------------------------------------------------------------------------
if "$linux_exe" init --help >/dev/null 2>&1; then
  step "an init site: made by the exe under Wine, built byte for byte equal to Linux"
  # The same folder name on both sides: a site's name may come from its folder.
  mkdir -p "$work/init-linux" "$work/init-windows"
  "$linux_exe" init "$work/init-linux/site" >/dev/null
  win init "$(windows_path "$work/init-windows/site")" >/dev/null
  diff -r "$work/init-linux/site" "$work/init-windows/site" || fail "init made a different site under Wine"
  "$linux_exe" build --strict --root "$work/init-linux/site" --out "$work/init-linux/out" >/dev/null
  win build --strict --root "$(windows_path "$work/init-windows/site")" --out "$(windows_path "$work/init-windows/out")" >/dev/null
  diff -r "$work/init-linux/out" "$work/init-windows/out" || fail "the init site's build differs under Wine"
  done_step
else
  echo
  echo "--> windows: SKIPPED the init site: this diptych has no 'init' command yet"
fi

echo
echo "windows: all Wine checks passed"
