#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests use (a throwaway Neo4j 3.1.1 test server,
# Debian's chromium for the HTML export check), starts the server, runs every test project, and stops the server again,
# also when tests fail. Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

apt_updated=0
need_apt() { # package...
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null 2>&1 || true; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Headless Chromium renders the HTML export in a test.
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing chromium (HTML export check)" >&2
  need_apt chromium || echo "test.sh: chromium could not be installed; the browser test will report itself skipped" >&2
fi

neo4j_started=0
if [ -x scripts/neo4j-test-server.sh ]; then
  if ! command -v java >/dev/null 2>&1; then need_apt openjdk-17-jre-headless; fi
  if ! command -v curl >/dev/null 2>&1; then need_apt curl; fi
  export NEO4J_TEST_ROOT="${NEO4J_TEST_ROOT:-/tmp/timeline-neo4j-test}"
  export HTTP_PORT="${NEO4J_TEST_HTTP_PORT:-17474}" BOLT_PORT="${NEO4J_TEST_BOLT_PORT:-17687}"
  export NEO4J_PASSWORD="${NEO4J_TEST_PASSWORD:-timeline-test-pw}" NEO4J_USERNAME=neo4j
  scripts/neo4j-test-server.sh install
  cleanup() { scripts/neo4j-test-server.sh destroy ci >/dev/null 2>&1 || true; }
  trap cleanup EXIT
  scripts/neo4j-test-server.sh start ci
  neo4j_started=1
  export NEO4J_TEST_HTTP_URI="http://127.0.0.1:$HTTP_PORT" NEO4J_TEST_BOLT_URI="bolt://127.0.0.1:$BOLT_PORT"
fi

dotnet build Timeline.sln -c Release -nologo -clp:ErrorsOnly
log=$(mktemp)
status=0
dotnet test Timeline.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?
# One closing line over every test project: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed: /{ gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
[ "$status" = 0 ] || exit "$status"
[ "$neo4j_started" = 1 ] && echo "test.sh: Neo4j tests ran against $NEO4J_TEST_HTTP_URI and $NEO4J_TEST_BOLT_URI" >&2
exit 0
