#!/usr/bin/env bash
# Debian packages plantrack's outputs and tests need. Idempotent: installs only what is missing.
#   fonts-wqy-microhei  a CJK font for PDFs and charts (Chinese must render)
#   poppler-utils       pdftotext/pdftoppm, to check PDFs as a reader sees them
#   chromium            headless browser for the web tests
#   nodejs, npm         only when npm is missing: installs the pinned axe-core (accessibility tests)
#   tesseract-ocr-chi-sim    Tesseract's simplified-Chinese model (2.4 MB): OCR of scans and
#                            photos (the engine comes with the tesserocr wheel from pip)
#   libreoffice-writer-nogui LibreOffice Writer without a GUI: Word 97 .doc and WPS .wps
# `system-deps.sh runtime` installs only what running plantrack needs (the font, for make demo);
# `system-deps.sh readers` adds the optional readers (OCR, .doc) for an office that receives
# scans and Word 97 files; no argument installs everything the tests need too.
set -euo pipefail
case "${1:-all}" in
  runtime) packages=(fonts-wqy-microhei) ;;
  readers) packages=(fonts-wqy-microhei tesseract-ocr-chi-sim libreoffice-writer-nogui) ;;
  *) packages=(fonts-wqy-microhei poppler-utils chromium tesseract-ocr-chi-sim libreoffice-writer-nogui) ;;
esac
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
  echo "plantrack: missing system packages: ${missing[*]} (not a Debian/Ubuntu system: install a CJK font, poppler-utils, chromium, Tesseract's chi_sim model and LibreOffice Writer by hand)" >&2
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
