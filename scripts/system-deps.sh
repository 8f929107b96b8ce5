#!/usr/bin/env bash
# Debian packages plantrack's outputs and tests need. Idempotent: installs only what is missing.
#   fonts-wqy-microhei  a CJK font for PDFs and charts (Chinese must render)
#   poppler-utils       pdftotext/pdftoppm, to check PDFs as a reader sees them
#   chromium            headless browser for the web tests
set -euo pipefail
packages=(fonts-wqy-microhei poppler-utils chromium)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "plantrack: missing system packages: ${missing[*]} (run as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
echo "installing system packages: ${missing[*]}"
${SUDO:-} apt-get update -qq
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
