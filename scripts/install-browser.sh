#!/bin/sh
# Installs Debian's `chromium` for the HTML report's browser test
# (tests/diff-html.test.ts drives it with playwright-core and executablePath).
# Idempotent: does nothing when /usr/bin/chromium is already there.
# We use the distribution package instead of `playwright install` so the
# browser comes from the same signed apt repositories as the rest of the image.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "install-browser: $CHROMIUM is already installed ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found; install Chromium at $CHROMIUM by hand" >&2
  exit 1
fi

# Root runs apt-get directly; anyone else goes through sudo when it exists.
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "install-browser: need root (or sudo) to install chromium" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-liberation

if [ ! -x "$CHROMIUM" ]; then
  echo "install-browser: chromium installed but $CHROMIUM is missing" >&2
  exit 1
fi
echo "install-browser: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
