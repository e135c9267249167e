#!/usr/bin/env bash
# The whole test command (`npm test`): format, lint (module boundaries), typecheck, build, bundle
# budget, unit tests, integration tests on a real nats-server with SQLite and PostgreSQL, and the
# browser journeys in Chromium. Every step runs even after a failure; the last line adds them up.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false} CI=${CI:-false} LOG_LEVEL=silent
reports=tmp/test-reports
rm -rf "$reports" && mkdir -p "$reports"
passed=0
failed=0

check() { # name command… — a check counts as one test
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); echo "::: $name passed"; else failed=$((failed + 1)); echo "::: $name FAILED"; fi
}

suite() { # name jest-args… — counts every test jest ran
  local name=$1
  shift
  echo "::: $name"
  npx jest "$@" --json --outputFile="$reports/$name.json" 2>&1 | tail -n 40
  if [ -f "$reports/$name.json" ]; then
    local p f
    p=$(node -e "const r=require('./$reports/$name.json');console.log(r.numPassedTests)")
    f=$(node -e "const r=require('./$reports/$name.json');console.log(r.numFailedTests + r.numRuntimeErrorTestSuites)")
    passed=$((passed + p))
    failed=$((failed + f))
    echo "::: $name: $p passed, $f failed"
  else
    failed=$((failed + 1))
    echo "::: $name did not run"
  fi
}

check format npx prettier --check . --log-level warn
check lint npx nx run-many -t lint --output-style=static
check typecheck bash -c 'npx tsc -p tsconfig.json && npx tsc -p apps/console/tsconfig.json'
check build npm run build --silent
check bundle-budget node tools/bundle-size.js
suite unit -c jest.config.js
suite integration -c jest.integration.config.js
suite e2e -c jest.e2e.config.js

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
