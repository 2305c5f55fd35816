#!/usr/bin/env bash
# Debian packages the test suite needs, installed only when missing (idempotent).
#   chromium: the diff HTML report is tested in a real headless browser.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/install-browser.sh ]; then
  scripts/install-browser.sh
fi
