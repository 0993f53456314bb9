#!/usr/bin/env bash
# Batch throughput and peak memory of `lcr batch` on 10^4, 10^5 and 10^6 synthetic shared-base applications (the seeded
# generator of benchmarks/comparison), measured as a process with /usr/bin/time -v (maximum resident set size).
#   benchmarks/batch.sh [sizes...]      default: 10000 100000 1000000
# Needs node and GNU time (apt-get install -y time). Long: not part of CI or dotnet test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
data="$here/comparison/data"
mkdir -p "$data"
dotnet build -c Release "$root/samples/LiveCommerce.Rules.Console" -o "$data/lcr" >/dev/null
lcr_dll="$data/lcr/lcr.dll"
echo "| applications | input size | wall time | applications per second | peak RSS | results |"
echo "|---:|---:|---:|---:|---:|---|"
for n in "${sizes[@]}"; do
  file="$data/batch-$n.jsonl"
  [ -f "$file" ] || node "$here/comparison/generate.mjs" "$n" "$file"
  set +e
  /usr/bin/time -v dotnet "$lcr_dll" batch "$file" --program hlj-shared-base --as-of 2023-03-01 --out "$data/batch-$n.results.jsonl" 2>"$data/batch-$n.stderr"
  code=$?
  set -e
  summary="$(grep '^lines:' "$data/batch-$n.stderr")"
  rss_kb="$(grep 'Maximum resident set size' "$data/batch-$n.stderr" | awk '{print $NF}')"
  wall="$(grep 'Elapsed (wall clock)' "$data/batch-$n.stderr" | awk '{print $NF}')"
  rate="$(sed -E 's/.* ([0-9]+) per second.*/\1/' <<<"$summary")"
  size_mb="$(du -m "$file" | cut -f1)"
  printf '| %s | %s MB | %s | %s | %s MB | %s (exit %s) |\n' "$n" "$size_mb" "$wall" "$rate" "$((rss_kb / 1024))" "${summary%%;*}" "$code"
done
