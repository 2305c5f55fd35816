#!/usr/bin/env bash
# Debian packages the test suite needs, installed only when missing (idempotent).
#   chromium: the diff HTML report is tested in a real headless browser.
#   time:     GNU time (/usr/bin/time -v) measures the hostile-input suite's
#             peak memory and the benchmark's CPU time.
#   poppler-utils: pdftoppm and pdftotext render the hidden-text PDFs with a
#             second renderer (tests/pdf-painted.full.test.ts).
#   qpdf:     inspects and rewrites fixture PDFs (scripts/make-fixture-pdfs.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/install-browser.sh ]; then
  scripts/install-browser.sh
fi
MISSING=()
[ -x /usr/bin/time ] || MISSING+=(time)
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || MISSING+=(poppler-utils)
command -v qpdf >/dev/null || MISSING+=(qpdf)
if [ "${#MISSING[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${MISSING[@]}"
fi
