#!/usr/bin/env bash
# Installs the Debian 12 packages vanban builds and tests with. Idempotent; needs root
# (or sudo). Skips apt entirely when every package is already installed.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang-format
  libpoppler-cpp-dev libtesseract-dev libleptonica-dev tesseract-ocr-vie tesseract-ocr-osd
  libicu-dev libre2-dev libsqlite3-dev googletest libgtest-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev libssl-dev libcpp-httplib-dev
  python3 python3-jsonschema
  chromium
)
# Node.js and npm run the web page test (tests/web/); any install that provides them will do
# (Debian's packages, or a Node.js that bundles npm).
command -v node > /dev/null || packages+=(nodejs)
command -v npm > /dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
