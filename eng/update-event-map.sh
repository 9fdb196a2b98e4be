#!/usr/bin/env bash
# Rewrites the event map in README.md (between <!-- event-map:start --> and <!-- event-map:end -->) from the code:
# which service publishes each contract event, which consumers read it and what they do.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
QINGMENG_UPDATE_EVENT_MAP=1 dotnet test tests/Platform.IntegrationTests -c Release \
  --filter "FullyQualifiedName~Platform.IntegrationTests.EventMap.EventMapTests.The_README_event_map_is_the_one_generated_from_the_code"
