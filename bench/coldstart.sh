#!/usr/bin/env bash
# One cold start of the server (issue 9, part 6): starts `java $FACTWIRE_JAVA_OPTS -jar JAR` on DB with an empty
# data folder, polls PATH every 5 ms until it answers 200, then stops the server. Prints
# `first_200_ms=… cpu_ms=…`: the wall time from launch to the first 200, and the CPU the server had used by then
# (user + system), which tells start-up work from waiting for a busy machine.
#
#   bench/coldstart.sh DB [PATH] [JAR]       # PATH defaults to /health, JAR to target/factwire.jar
#
# Environment: FACTWIRE_JAVA_OPTS (default -Xmx256m), COLDSTART_PORT (default 18075).
set -euo pipefail
DB=${1:?usage: bench/coldstart.sh DB [PATH] [JAR]}
URL_PATH=${2:-/health}
JAR=${3:-$(dirname "$0")/../target/factwire.jar}
PORT=${COLDSTART_PORT:-18075}
EMPTY=$(mktemp -d)
# shellcheck disable=SC2086
t0=$(date +%s%N)
FACTWIRE_DB=$DB FACTWIRE_DATA_DIR=$EMPTY PORT=$PORT FACTWIRE_HOST=127.0.0.1 \
  java ${FACTWIRE_JAVA_OPTS:--Xmx256m} -jar "$JAR" > "$EMPTY/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$EMPTY"' EXIT
for _ in $(seq 1 12000); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT$URL_PATH"; then
    t1=$(date +%s%N)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$PID/stat")
    echo "first_200_ms=$(( (t1 - t0) / 1000000 )) cpu_ms=$cpu"
    exit 0
  fi
  kill -0 $PID 2>/dev/null || { echo "server died:" >&2; cat "$EMPTY/server.log" >&2; exit 1; }
  sleep 0.005
done
echo "no 200 from $URL_PATH within 60 s" >&2
exit 1
