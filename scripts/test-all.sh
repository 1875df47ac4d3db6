#!/usr/bin/env bash
# Runs every test: types, lint (oxlint), formatting (Prettier), unit/flow/locale/component tests (vitest), then
# end-to-end tests against the production build in Debian's Chromium, WebKitGTK and Firefox ESR
# (the Playwright projects chromium, webkitgtk, firefox). Ends with one line "N passed, N failed"
# that counts every engine's tests.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --browser || { echo "0 passed, 1 failed"; exit 1; }
rm -rf .reports && mkdir -p .reports

# Steps that are not test runners count as one test each, so the summary line can't hide them.
steps_passed=0 steps_failed=0
step() { if "$@"; then steps_passed=$((steps_passed + 1)); else steps_failed=$((steps_failed + 1)); fi; }
step npx tsc -b
step npx oxlint
step npx prettier --check .
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json
step npx vite build
npx playwright test

node scripts/summary.mjs "$steps_passed" "$steps_failed" .reports/unit.json .reports/e2e.json
