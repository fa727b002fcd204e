#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, platform checks, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export FORGE_DISABLE_ANALYTICS=1
step() { printf '\n== %s\n' "$1"; }

step "Chromium for browser tests";    bash scripts/ensure-chromium.sh
step "Type check";                    npx tsc --noEmit -p tsconfig.json
step "Lint and format";               npx eslint . --max-warnings=0 && npx prettier --check . --log-level warn
step "Layer rules";                   npx depcruise src static --config .dependency-cruiser.cjs
step "Build Custom UI and CLI";       npm run --silent build
step "Forge manifest and lint checks"; npx tsx scripts/forge-check.ts
step "Deploy bundle (Forge bundler)"; npx tsx scripts/forge-bundle.ts
step "Unit, handler and browser tests"; npx jest --ci
