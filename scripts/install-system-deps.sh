#!/usr/bin/env bash
# Debian packages the test suite needs, installed only when missing (idempotent).
#   chromium: the diff HTML report is tested in a real headless browser.
#   time:     GNU time (/usr/bin/time -v) measures the hostile-input suite's
#             peak memory and the benchmark's CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/install-browser.sh ]; then
  scripts/install-browser.sh
fi
if [ ! -x /usr/bin/time ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends time
fi
