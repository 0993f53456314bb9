#!/usr/bin/env bash
# Peak memory of `lcr batch` over N applications (default 1,000,000 and 100,000 for comparison), streamed from a
# generator through a pipe, results to /dev/null. Figures: docs/reliability.md. Usage: tests/load/batch-memory.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/../.."
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)
dotnet build samples/LiveCommerce.Rules.Console -c Release -o artifacts/load/lcr -v q -nologo >/dev/null
for n in "${counts[@]}"; do
  log=$(mktemp)
  python3 - "$n" <<'PY' | /usr/bin/time -v dotnet artifacts/load/lcr/lcr.dll batch /dev/stdin --program hlj-shared-base --as-of 2023-03-01 --out /dev/null 2>"$log" || true
import sys
lines = [l for l in open("samples/data/hlj-shared-base/applications.jsonl", encoding="utf-8").read().splitlines() if l.strip()]
n = int(sys.argv[1]); out = sys.stdout
for i in range(n):
    out.write(lines[i % len(lines)]); out.write("\n")
PY
  summary=$(grep -E '^lines:' "$log" || true)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "applications: $n | peak RSS: $((rss / 1024)) MiB | $summary"
  rm -f "$log"
done
