#!/usr/bin/env bash
# What FACTWIRE_SYNC=full costs against the default normal: CLI ingest (one commit per batch of 256) and HTTP
# ingest (one commit per article, 4 clients), each mode run in turn, ROUNDS times, on fresh databases.
# Usage: bench/sync.sh [ARTICLES (default 2000)] [ROUNDS (default 3)]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
ARTICLES=${1:-2000}
ROUNDS=${2:-3}
HTTP_ARTICLES=$((ARTICLES / 4))
OUT=$ROOT/bench/out/sync
PORT=${PORT:-7393}
KEY=bench-key
mkdir -p "$OUT/empty"

mvn -q -B -DskipTests package
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
JAR=$ROOT/target/factwire.jar

CORPUS=$OUT/corpus-$ARTICLES
if [ ! -f "$CORPUS/manifest.properties" ]; then
  rm -rf "$CORPUS"
  java -cp "$CP" io.factwire.bench.CorpusGenerator "$CORPUS" "$ARTICLES" 7 >&2
fi

now() { date +%s%N; }
SERVER_PID=
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; SERVER_PID=; }
trap stop_server EXIT

declare -A cli http
for round in $(seq 1 "$ROUNDS"); do
  for mode in normal full; do
    db=$OUT/$mode.db
    rm -f "$db" "$db-wal" "$db-shm"
    t0=$(now)
    FACTWIRE_SYNC=$mode FACTWIRE_DB=$db FACTWIRE_DATA_DIR=$OUT/empty java -Xmx256m -jar "$JAR" ingest "$CORPUS" >/dev/null
    t1=$(now)
    cli[$mode]+="$(awk -v n="$ARTICLES" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", n / (ns / 1e9) }') "

    rm -f "$db" "$db-wal" "$db-shm"
    FACTWIRE_SYNC=$mode FACTWIRE_DB=$db FACTWIRE_DATA_DIR=$OUT/empty PORT=$PORT FACTWIRE_API_KEY=$KEY \
      java -Xmx256m -jar "$JAR" > "$OUT/server.log" 2>&1 &
    SERVER_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/health"; do sleep 0.1; done
    line=$(java -cp "$CP" io.factwire.bench.HttpIngestBenchmark "http://127.0.0.1:$PORT" "$KEY" "$CORPUS" \
      "$HTTP_ARTICLES" 4)
    stop_server
    http[$mode]+="$(sed -n 's/.*articles_per_second=\([0-9.]*\).*/\1/p' <<< "$line") "
    echo "round $round $mode: cli ${cli[$mode]##* } http $line" >&2
  done
done

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '| ingest | normal (articles/s) | full (articles/s) | full / normal |\n|---|---|---|---|\n'
for kind in cli http; do
  declare -n runs=$kind
  n=$(median "${runs[normal]}"); f=$(median "${runs[full]}")
  printf '| %s | %s | %s | %s |\n' "$kind" "$n" "$f" "$(awk -v a="$f" -v b="$n" 'BEGIN { printf "%.2f", a / b }')"
done
