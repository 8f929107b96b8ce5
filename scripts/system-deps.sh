#!/usr/bin/env bash
# Debian packages plantrack's outputs and tests need. Idempotent: installs only what is missing.
#   fonts-wqy-microhei  a CJK font for PDFs and charts (Chinese must render)
#   poppler-utils       pdftotext/pdftoppm, to check PDFs as a reader sees them
#   chromium            headless browser for the web tests
#   nodejs, npm         only when npm is missing: installs the pinned axe-core (accessibility tests)
# `system-deps.sh runtime` installs only what running plantrack needs (the font, for make demo);
# no argument installs everything the tests need too.
set -euo pipefail
if [ "${1:-all}" = "runtime" ]; then
  packages=(fonts-wqy-microhei)
else
  packages=(fonts-wqy-microhei poppler-utils chromium)
fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm installs the pinned axe-core for the accessibility tests; any Node.js 18+ will do
if [ "${1:-all}" != "runtime" ] && ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "plantrack: missing system packages: ${missing[*]} (not a Debian/Ubuntu system: install a CJK font, poppler-utils and chromium by hand)" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "plantrack: missing system packages: ${missing[*]} (run as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
echo "installing system packages: ${missing[*]}"
${SUDO:-} apt-get update -qq
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
