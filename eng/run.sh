#!/usr/bin/env bash
# Runs the whole platform locally: PostgreSQL, RabbitMQ and Redis (as local processes, or containers when
# Infrastructure__UseContainers=true and an engine exists), the five services, the gateway and the dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."

./eng/install-prerequisites.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Exits non-zero (3) with the server's last output when PostgreSQL, RabbitMQ or Redis cannot start.
exec dotnet run --project AppHost --launch-profile http
