#!/usr/bin/env bash
# Node tools under eng/tools: Teams manifest schema + zip (eng/teams) and playwright-core for the browser test.
set -euo pipefail
tools="$(cd "$(dirname "$0")/../tools" && pwd)"
if ! command -v npm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y nodejs npm
fi
stamp="$tools/node_modules/.newsbot-lock.sha256"
wanted="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && exit 0
(cd "$tools" && npm ci --no-audit --no-fund)
echo "$wanted" > "$stamp"
