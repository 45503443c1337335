#!/usr/bin/env bash
# Makes the release archives a writer downloads, for Linux x86_64 and Windows x86_64:
#   dist/diptych-<version>-x86_64-linux.tar.gz   (diptych, README.md, LICENSE)
#   dist/diptych-<version>-x86_64-windows.zip    (diptych.exe, README.md, LICENSE)
# The Windows program is cross-compiled here (Rust's x86_64-pc-windows-gnu target, Debian's
# MinGW-w64 as its linker and C compiler). Installs what it needs, idempotently: a second run
# only checks. Needs root for apt-get the first time.
#
# Usage: bash release/build.sh   (from anywhere; CARGO_TARGET_DIR is honoured)
set -euo pipefail
cd "$(dirname "$0")/.."

windows_target=x86_64-pc-windows-gnu

install_tools() {
  if ! rustup target list --installed | grep -qx "$windows_target"; then
    rustup target add "$windows_target"
  fi
  local missing=()
  command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
  command -v zip >/dev/null || missing+=(zip)
  if ((${#missing[@]})); then
    echo "release: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

version() { cargo pkgid --locked | sed 's/.*[#@]//'; }

# Puts a program and the documents that go with it into a fresh folder under dist/. The
# program loses its debug line tables there (with them diptych.exe weighs about 120 MB).
stage() {
  local folder=$1 program=$2 strip=$3
  rm -rf "$folder"
  mkdir -p "$folder"
  cp "$program" README.md LICENSE "$folder"/
  "$strip" "$folder/$(basename "$program")"
}

install_tools
target_dir=${CARGO_TARGET_DIR:-target}
version=$(version)
[[ -n $version ]] || { echo "release: cannot read the version from Cargo.toml" >&2; exit 1; }
mkdir -p dist

echo "release: building diptych $version for Linux x86_64"
cargo build --release --locked
echo "release: building diptych $version for Windows x86_64 (cross-compiled)"
cargo build --release --locked --target "$windows_target"

linux=diptych-$version-x86_64-linux
stage "dist/$linux" "$target_dir/release/diptych" strip
tar -C dist -czf "dist/$linux.tar.gz" "$linux"
rm -rf "dist/$linux"

windows=diptych-$version-x86_64-windows
stage "dist/$windows" "$target_dir/$windows_target/release/diptych.exe" x86_64-w64-mingw32-strip
rm -f "dist/$windows.zip"
(cd dist && zip -qr "$windows.zip" "$windows")
rm -rf "dist/$windows"

ls -l "dist/$linux.tar.gz" "dist/$windows.zip"
