#!/usr/bin/env bash
# The suite on a busy machine, as on a cheap checkpoint PC in the middle of an export or a
# virus scan: CPU hogs (stress-ng, one per core) keep every core busy while the unit and e2e
# tests run with their usual timeouts. A race in the product shows up here; fix its cause,
# never a timeout or a sleep.
#   npm run test:loaded                          typecheck, unit, build, every e2e spec
#   npm run test:loaded -- test/e2e/x.spec.ts    build and only these e2e specs (any playwright args)
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/provision.sh

stress-ng --cpu 0 --cpu-load 100 --quiet &
hogs=$!
trap 'kill -TERM "$hogs" 2>/dev/null || true; wait "$hogs" 2>/dev/null || true' EXIT
echo "test:loaded: $(nproc) CPU hogs running (stress-ng pid $hogs)"

if [ $# -eq 0 ]; then
  npm run typecheck
  npx vitest run
fi
npm run build
npx playwright test "$@"
