#!/usr/bin/env bash
# Runs every test of the platform on a fresh machine: installs the servers it needs, builds with
# warnings as errors, then runs unit, integration (real PostgreSQL, RabbitMQ, Redis) and end-to-end tests.
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install-prerequisites.sh
# kubectl with kustomize v5 and the offline Kubernetes schema validator, for tests/Deploy.Tests.
./eng/install-deploy-tools.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Qingmeng.slnx -c Release

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# A hung test is reported with a dump instead of holding the run forever.
dotnet test Qingmeng.slnx -c Release --no-build --blame-hang-timeout 10m 2>&1 | tee "$log" || status=$?

# One closing line over every test project: "N passed, N failed".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "$passed passed, $failed failed"
if ((status != 0 || failed != 0 || passed == 0)); then
  exit 1
fi
