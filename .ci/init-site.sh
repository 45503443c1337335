#!/usr/bin/env bash
# A new site from `diptych init` in LANGUAGES (nl,de): it must build --strict, check with
# 0 errors and 0 warnings, pass the W3C checker and axe (tests/quality/check-site.sh), and
# print every edition (one per language, one side by side) to a PDF that pdfinfo reads.
# Usage: init-site.sh DIPTYCH LANGUAGES
set -euo pipefail
diptych="$(realpath "$1")"; languages="$2"
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT
site="$scratch/site"
"$diptych" init "$site" --languages "$languages" --name "Starter $languages" >/dev/null
"$diptych" build --strict --root "$site"
checked="$("$diptych" check --root "$site" 2>&1)"
[[ $checked == "0 errors, 0 warnings." ]] || { echo "init site ($languages): check said: $checked" >&2; exit 1; }
bash tests/quality/check-site.sh "$site/public"
"$diptych" pdf --root "$site"
IFS=, read -ra codes <<<"$languages"
for edition in "${codes[@]}" bilingual; do
  pdf="$site/public/brochure-$edition.pdf"
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  ((pages >= 3)) || { echo "init site ($languages): $pdf has ${pages:-no} pages" >&2; exit 1; }
  echo "init site ($languages): brochure-$edition.pdf, $pages pages"
done
