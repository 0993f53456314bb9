#!/usr/bin/env bash
# Side-by-side comparison: installs the pinned npm packages (npm ci, committed lock file), generates the seeded data
# set, runs LiveCommerce.Rules (Release) and the JavaScript engines on it, and prints one table.
#   benchmarks/comparison/compare.sh [--count 100000] [--seed 20230301]
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node compare.mjs "$@"
