#!/usr/bin/env bash
# Bulk ingest before/after (issue 9 part 5): a baseline jar and this tree's, in turn, on the same generated corpus,
# each into a fresh database:
#   - CLI: `ingest DIR` of --articles generated articles (JVM start included); wall and CPU seconds;
#   - HTTP: --http-articles posted to POST /v1/articles by 8 clients (io.factwire.bench.HttpIngestBenchmark);
#   - NDJSON (this tree only): the same articles as one POST /v1/import body, one client.
# Prints articles per second of wall time and per CPU-second of the ingesting process, so a figure taken on a
# busy machine still says what the work costs.
#
#   bench/ingest.sh --baseline-jar OLD.jar [--articles 5000] [--http-articles 1000] [--runs 1] [--no-build]
# (--no-build reuses the jar and bench classes of the last run)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ARTICLES=5000 HTTP_ARTICLES=1000 RUNS=1 SEED=42 BASELINE="" BUILD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --http-articles) HTTP_ARTICLES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --baseline-jar) BASELINE=$(realpath "$2"); shift 2 ;;
    --no-build) BUILD=false; shift ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "bench/ingest.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$BASELINE" ] || { echo "bench/ingest.sh: --baseline-jar is required" >&2; exit 2; }
OUT=$ROOT/bench/out
CORPUS=$OUT/corpus-$ARTICLES-$SEED
PORT=18081 KEY=bench-key
mkdir -p "$OUT/empty"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if $BUILD || [ ! -f "$OUT/ingest-new.jar" ]; then
  log "building the jar and the bench classes"
  mvn -q -B -DskipTests package >&2
  mvn -q -B test-compile >&2
  mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
  cp target/factwire.jar "$OUT/ingest-new.jar"
fi
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
if [ ! -f "$CORPUS/manifest.txt" ]; then
  log "generating $ARTICLES articles (seed $SEED)"
  rm -rf "$CORPUS"
  java -cp "$CP" io.factwire.bench.CorpusGenerator "$CORPUS" "$ARTICLES" "$SEED" >&2
fi

# the articles alone (the corpus folder also holds manifest.txt)
INGEST_DIR=$OUT/ingest-$ARTICLES-$SEED
if [ ! -d "$INGEST_DIR" ]; then
  mkdir -p "$INGEST_DIR"
  for i in $(seq 1 "$ARTICLES"); do
    n=$(printf 'a%06d' "$i")
    ln -s "$CORPUS/$n.txt" "$INGEST_DIR/$n.txt"
    ln -s "$CORPUS/$n.json" "$INGEST_DIR/$n.json"
  done
fi

# cpu PID: user+system seconds of a running process
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
SERVER_PID=""
stop_server() { [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }; }
trap stop_server EXIT
start_server() { # JAR DB
  FACTWIRE_DB=$2 FACTWIRE_DATA_DIR=$OUT/empty PORT=$PORT FACTWIRE_API_KEY=$KEY FACTWIRE_RATE_LIMIT=0 \
    java -Xmx256m -jar "$1" > "$OUT/ingest-server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; see $OUT/ingest-server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "server did not answer" >&2; exit 1
}

printf '| run | what | articles | wall s | articles/s | CPU s | articles per CPU-second |\n|---|---|---|---|---|---|---|\n'
row() { awk -v l="$1" -v w="$2" -v n="$3" -v s="$4" -v c="$5" \
  'BEGIN { printf "| %s | %s | %d | %.1f | %.0f | %.1f | %.0f |\n", l, w, n, s, n / s, c, n / c }'; }

for r in $(seq 1 "$RUNS"); do
  for label in baseline new; do
    jar=$BASELINE; [ "$label" = new ] && jar=$OUT/ingest-new.jar
    db=$OUT/ingest-$label.db
    rm -f "$db" "$db-wal" "$db-shm"
    log "run $r, $label: CLI ingest of $ARTICLES articles"
    /usr/bin/time -f '%e %U %S' -o "$OUT/ingest-time.txt" env FACTWIRE_DB="$db" FACTWIRE_DATA_DIR="$OUT/empty" \
      java -Xmx256m -jar "$jar" ingest "$INGEST_DIR" > "$OUT/ingest-cli.out" 2> "$OUT/ingest-cli.err"
    created=$(grep -c '^created' "$OUT/ingest-cli.out" || true)
    [ "$created" = "$ARTICLES" ] || { echo "$label stored $created of $ARTICLES; see $OUT/ingest-cli.err" >&2; exit 1; }
    read -r wall user sys < "$OUT/ingest-time.txt"
    row "$r, $label" "CLI ingest" "$ARTICLES" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"

    rm -f "$db" "$db-wal" "$db-shm"
    start_server "$jar" "$db"
    log "run $r, $label: $HTTP_ARTICLES articles over HTTP, 8 clients"
    c0=$(cpu "$SERVER_PID")
    line=$(java -cp "$CP" io.factwire.bench.HttpIngestBenchmark "http://127.0.0.1:$PORT" "$KEY" "$CORPUS" "$HTTP_ARTICLES" 8 || true)
    c1=$(cpu "$SERVER_PID")
    stop_server
    secs=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<< "$line")
    row "$r, $label" "HTTP, 8 clients ($(sed -n 's/.*\(failed=[0-9]*\).*/\1/p' <<< "$line"))" "$HTTP_ARTICLES" "$secs" \
      "$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')"

    if [ "$label" = new ]; then
      rm -f "$db" "$db-wal" "$db-shm"
      start_server "$jar" "$db"
      log "run $r, $label: $HTTP_ARTICLES articles as one NDJSON import"
      java -cp "$CP" io.factwire.bench.HttpIngestBenchmark --ndjson "$CORPUS" "$HTTP_ARTICLES" > "$OUT/ingest.ndjson"
      c0=$(cpu "$SERVER_PID")
      t0=$(date +%s.%N)
      curl -sf -X POST "http://127.0.0.1:$PORT/v1/import" -H "Authorization: Bearer $KEY" \
        -H 'Content-Type: application/x-ndjson' --data-binary @"$OUT/ingest.ndjson" > "$OUT/ingest-import.json"
      t1=$(date +%s.%N)
      c1=$(cpu "$SERVER_PID")
      stop_server
      grep -q "\"created\":$HTTP_ARTICLES," "$OUT/ingest-import.json" || { echo "NDJSON import did not create all; see $OUT/ingest-import.json" >&2; exit 1; }
      row "$r, $label" "NDJSON import, 1 client" "$HTTP_ARTICLES" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
        "$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')"
    fi
  done
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores."
