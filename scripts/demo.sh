#!/usr/bin/env bash
# The main job on the bundled example articles: builds Timeline, ingests docs/examples (German and English) into an
# embedded store and prints the timeline. Usage: scripts/demo.sh [store path, default ./demo.timeline.db]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
store="${1:-./demo.timeline.db}"
dotnet publish src/Timeline.Cli -c Release -o artifacts/timeline -nologo -clp:ErrorsOnly >/dev/null
timeline() { dotnet artifacts/timeline/timeline.dll "$@"; }
timeline ingest docs/examples --store "$store"
timeline stats --store "$store"
echo
timeline events --store "$store"
