#!/usr/bin/env bash
# Builds artifacts/teams/newsbot-teams.zip (see package.mjs for the options it passes on).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/eng/setup/21-node-tools.sh" >/dev/null
exec node "$root/eng/teams/package.mjs" "$@"
