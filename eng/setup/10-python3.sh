#!/usr/bin/env bash
# The CLI tests score the extract output with ../shared/eval/score_quotes.py, which needs python3 (standard library only).
set -euo pipefail
if command -v python3 >/dev/null 2>&1; then exit 0; fi
apt-get update
apt-get install -y --no-install-recommends python3
