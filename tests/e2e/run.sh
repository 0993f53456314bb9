#!/usr/bin/env bash
# End-to-end test of the web host in a real browser.
#   tests/e2e/run.sh            (from anywhere; exits non-zero on failure)
# Installs what is missing (Debian's chromium and a CJK font via apt-get, the npm packages via `npm ci`), publishes
# the web host, starts it on 127.0.0.1 on a free port, runs the node tests (playwright-core driving /usr/bin/chromium
# headless), stops the host. Screenshots and the host log go to $E2E_OUTPUT (default artifacts/e2e).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${E2E_OUTPUT:-$root/artifacts/e2e}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

# 1. The browser (a test tool's own browser download does not work offline) and a font for the Chinese text.
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  apt_install fonts-wqy-zenhei || echo "warning: no CJK font; Chinese text will show as boxes in the screenshots" >&2
fi

# 2. playwright-core, exactly as locked.
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

# 3. The host, published as users would run it.
dotnet publish "$root/samples/LiveCommerce.Rules.Web/LiveCommerce.Rules.Web.csproj" -c Release -o "$out/host" --nologo -v quiet

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});")"
base_url="http://127.0.0.1:$port"

(cd "$out/host" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base_url" exec dotnet LiveCommerce.Rules.Web.dll) >"$out/host.log" 2>&1 &
host_pid=$!
stop_host() {
  if kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
}
trap stop_host EXIT

# 4. Wait for the host (at most 60 s).
ready=0
for _ in $(seq 1 120); do
  if ! kill -0 "$host_pid" 2>/dev/null; then
    echo "The web host exited during start-up:" >&2
    cat "$out/host.log" >&2
    exit 1
  fi
  if node -e "fetch('$base_url/programs').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    ready=1
    break
  fi
  sleep 0.5
done
if [ "$ready" -ne 1 ]; then
  echo "The web host did not answer on $base_url within 60 s:" >&2
  cat "$out/host.log" >&2
  exit 1
fi

# 5. The browser test.
set +e
(cd "$here" && BASE_URL="$base_url" E2E_OUTPUT="$out" node --test --test-reporter=spec web.test.mjs)
status=$?
set -e

stop_host
echo "e2e: screenshots in $out"
exit "$status"
