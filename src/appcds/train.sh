#!/usr/bin/env bash
# The AppCDS training run (issue 9, part 6), called by the build: the server as the README starts it, on loopback
# and a fresh database, stores training.txt from its data folder, answers the requests a client sends first, and
# stops; the JVM then writes the classes it loaded to ARCHIVE. Serving is what the archive is for: a training run
# of the `ingest` command left Jetty's and the request path's classes (about 1,300) out of it.
#
#   src/appcds/train.sh JAR ARCHIVE WORKDIR
set -euo pipefail
JAR=$1 ARCHIVE=$2 WORK=$3
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf "$WORK"
mkdir -p "$WORK/data"
cp "$HERE/training.txt" "$WORK/data/"
# port 0: the system picks a free one, which the start-up log line names
FACTWIRE_DB=$WORK/training.db FACTWIRE_DATA_DIR=$WORK/data FACTWIRE_HOST=127.0.0.1 PORT=0 \
  FACTWIRE_EXTRACT_TIMEOUT_MS=60000 \
  java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off -Xmx256m -jar "$JAR" \
  > "$WORK/server.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 1200); do # up to two minutes on a busy build machine
  port=$(sed -n 's/.*listening on .* port \([0-9]*\) .*/\1/p' "$WORK/server.log" | head -1)
  [ -z "$port" ] || break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "train.sh: the server did not start" >&2; exit 1; }
BASE=http://127.0.0.1:$port
for _ in $(seq 1 1200); do # until the data folder's article is stored
  curl -fs "$BASE/health" | grep -q '"articles":1' && break
  sleep 0.1
done
ID=$(curl -fs "$BASE/v1/articles?limit=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
[ -n "$ID" ] || { echo "train.sh: the training article was not stored" >&2; exit 1; }
ETAG=$(curl -fsI "$BASE/v1/articles/$ID" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
for path in "/v1/articles/$ID" "/v1/articles/$ID/facts?type=date" "/v1/articles/$ID/quotes" \
  "/v1/articles?sort=-published" "/v1/search?q=bridge" "/v1/facts?type=troop_count&min=10" "/v1/export"; do
  curl -fs -o /dev/null "$BASE$path"
done
curl -fs -o /dev/null -H "If-None-Match: $ETAG" "$BASE/v1/articles/$ID" || true
# the JVM writes the archive as it exits on SIGTERM
kill -TERM "$PID"
wait "$PID" || true
trap - EXIT
[ -s "$ARCHIVE" ] || { echo "train.sh: no archive was written" >&2; exit 1; }
