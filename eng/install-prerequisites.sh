#!/usr/bin/env bash
# Installs what the Qingmeng AppHost and integration tests need to run without a container engine:
# PostgreSQL, RabbitMQ and Redis server binaries, curl and jq, chromium and chromium-driver for the portal's browser
# tests (Debian/Ubuntu packages) and the .NET 10 SDK check.
# Idempotent. The servers are NOT started or enabled as system services: the AppHost and the tests
# run their own private instances on free ports.
set -euo pipefail

missing=()
[[ -n "$(compgen -G '/usr/lib/postgresql/*/bin/postgres' || true)" ]] || missing+=(postgresql)
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# The README examples (eng/demo.sh), which the test suite runs, call the API with curl and read answers with jq.
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v jq >/dev/null 2>&1 || missing+=(jq)
# The portal's browser tests (tests/Portal.BrowserTests) drive Debian's headless chromium; no browser is downloaded.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)

status=0
if ((${#missing[@]} == 0)); then
  echo "Servers: PostgreSQL, RabbitMQ and Redis are installed (and curl and jq for the README examples, chromium for the browser tests)."
elif command -v apt-get >/dev/null 2>&1; then
  if ((EUID == 0)); then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "Missing: ${missing[*]}. Run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update
  # policy-rc.d exit code 101 tells Debian maintainer scripts not to start the services they install.
  policy=/usr/sbin/policy-rc.d
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    trap '"${sudo[@]}" rm -f "$policy"' EXIT
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  # Where systemd is present, make sure nothing was left enabled or running.
  if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
    "${sudo[@]}" systemctl disable --now postgresql rabbitmq-server redis-server >/dev/null 2>&1 || true
  fi
else
  echo "Missing: ${missing[*]}. Install PostgreSQL (server), RabbitMQ and Redis with your package manager," >&2
  echo "e.g. macOS: brew install postgresql rabbitmq redis; then set Infrastructure:* paths if they differ" >&2
  echo "from the Debian defaults (see AppHost/Infrastructure/InfrastructureOptions.cs). Do not start them as services." >&2
  status=1
fi

if dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo ".NET SDK: $(dotnet --list-sdks | grep '^10\.' | tail -1)"
else
  echo ".NET 10 SDK not found. Install it from https://dotnet.microsoft.com/download/dotnet/10.0" >&2
  echo "(or: curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0)" >&2
  status=1
fi

exit "$status"
