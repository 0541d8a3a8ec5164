#!/usr/bin/env bash
# The project's one test command (README: "Run the tests"); .ci/run calls it too.
# 1. runs every eng/setup/*.sh, each installing what a fresh machine lacks (idempotent);
# 2. runs the whole solution's tests with a TRX log per test project;
#    (tests/NewsBot.Web.Tests/SoakTests.cs is among them: 20 conversations x 30 turns on each door, bounded to a minute);
# 3. prints the soak test's summary (latency p50/p99, memory), then the totals alone on the last line as "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

for step in eng/setup/*.sh; do
  [ -e "$step" ] || continue
  echo "== setup: $step"
  bash "$step" || { echo "setup step failed: $step"; echo "0 passed, 1 failed"; exit 1; }
done

results="$root/artifacts/test-results"
rm -rf "$results" "$root/artifacts/soak"
mkdir -p "$results"
dotnet test NewsBot.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
[ -f "$root/artifacts/soak/summary.txt" ] && cat "$root/artifacts/soak/summary.txt"
echo "$passed passed, $failed failed"
exit "$status"
