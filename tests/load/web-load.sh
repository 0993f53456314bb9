#!/usr/bin/env bash
# A bounded load run against the web host on 127.0.0.1 only, then the limit checks (413, 400, 429 + Retry-After).
# Needs wrk (Debian's package; installed here when missing). Usage: tests/load/web-load.sh [seconds=30] [connections=16]
# Figures: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}; connections=${2:-16}; port=${LCR_LOAD_PORT:-5187}; limited_port=$((port + 1))
url="http://127.0.0.1:$port"
if ! command -v wrk >/dev/null; then
  # Install it as the e2e script installs chromium: the project's own files carry every set-up step.
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk
fi
dotnet build samples/LiveCommerce.Rules.Web -c Release -o artifacts/load/web -v q -nologo >/dev/null

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # port, extra env...
  local p=$1; shift
  (cd artifacts/load/web && exec env ASPNETCORE_URLS="http://127.0.0.1:$p" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
    dotnet LiveCommerce.Rules.Web.dll >/dev/null 2>&1) &
  pids+=($!)
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$p/programs" >/dev/null && return 0; sleep 0.2; done
  echo "the host on port $p did not start" >&2; exit 1
}

start "$port"
curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @samples/data/hlj-shared-base/application-meets.json "$url/programs/hlj-shared-base/evaluate?asOf=2023-03-01" # warm-up
echo "== load: wrk -t2 -c$connections -d${duration}s, POST /programs/hlj-shared-base/evaluate (the meeting sample), 127.0.0.1"
timeout $((duration + 30)) wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s tests/load/evaluate.lua "$url/programs/hlj-shared-base/evaluate?asOf=2023-03-01" | grep -E 'requests/s|p50|responses'

echo "== limits"
big=$(mktemp); python3 -c "import sys; sys.stdout.write('{\"baseName\":\"' + 'x' * (1024 * 1024) + '\"}')" >"$big"
echo "oversized body (1 MiB + 15 bytes): $(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @"$big" "$url/programs/hlj-shared-base/evaluate?asOf=2023-03-01")"
deep=$(python3 -c "print('{\"baseName\":' + '[' * 64 + ']' * 64 + '}')")
echo "JSON nested 64 deep: $(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data "$deep" "$url/programs/hlj-shared-base/evaluate?asOf=2023-03-01")"
rm -f "$big"

start "$limited_port" LiveCommerceWeb__RateLimit__PermitsPerMinute=5
codes=""
for _ in 1 2 3 4 5 6 7; do codes+="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$limited_port/programs") "; done
retry=$(curl -s -D - -o /dev/null "http://127.0.0.1:$limited_port/programs" | tr -d '\r' | awk -F': ' 'tolower($1)=="retry-after" {print $2}')
echo "rate limit 5/minute (the readiness probe took 1), 7 more requests: $codes; the next has Retry-After: ${retry}s"
