#!/usr/bin/env bash
# Installs what tests/quality/check-site.sh needs. Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium default-jre-headless poppler-utils fonts-dejavu-core fonts-liberation2)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "install-quality-tools: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

# npm packages (pinned in tests/quality/package.json). --ignore-scripts: vnu-jar's postinstall
# would try to download a JRE from GitHub (we use Debian's); never download a browser either.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
q=tests/quality
stamp=$q/node_modules/.installed-package-lock.json  # the lockfile node_modules was installed from
if [[ -f $q/package-lock.json ]] && cmp -s "$q/package-lock.json" "$stamp"; then
  : # node_modules is up to date
elif [[ -f $q/package-lock.json ]]; then
  (cd "$q" && npm ci --ignore-scripts --no-audit --no-fund)
  cp "$q/package-lock.json" "$stamp"
else
  (cd "$q" && npm install --ignore-scripts --no-audit --no-fund)
  cp "$q/package-lock.json" "$stamp"
fi
# fontTools (with brotli for woff2) for the theme's font coverage check (themes/mst/fonts/subset.py --check)
if ! python3 -c 'import fontTools, brotli' 2>/dev/null; then
  echo "install-quality-tools: pip install fonttools brotli"
  python3 -m pip install --quiet 'fonttools==4.68.0' 'brotli==1.2.1'
fi
echo "install-quality-tools: ok"
