#!/usr/bin/env bash
# The README's two commands in a fresh clone of the committed HEAD, in a temporary folder with
# nothing beside it: no ../shared corpus, no dist/, no node_modules. What a new user gets.
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse HEAD)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet "$repo" "$tmp/jetty-sdk"
cd "$tmp/jetty-sdk"
git checkout --quiet --detach "$head"
echo "fresh clone of $(git rev-parse --short HEAD) in $tmp/jetty-sdk; beside it: $(ls -A "$tmp" | tr '\n' ' ')"
npm ci --no-audit --no-fund && npm run demo
npm test
