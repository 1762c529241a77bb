#!/usr/bin/env bash
# Before/after read latency at scale (issue 9): one database built once by CLI ingest of a generated corpus,
# then two servers side by side on copies of it, a baseline jar and this tree's, with the response cache off
# so every request does its SQL. One seeded client (io.factwire.bench.ReadLatency) sends each request to both,
# one right after the other, so both see the same requests under the same load on the machine. Prints
# p50/p90/p99 per scenario for both and the ratios (baseline / this tree).
#
#   bench/scale.sh --baseline-jar OLD.jar                  # 10,000 articles
#   bench/scale.sh --baseline-jar OLD.jar --articles 20000 --requests 500
#
# The baseline jar must open the database it builds (the database is written by the baseline, then the tree's
# jar migrates its own copy forward on start). Work files go to bench/out/ (ignored by git); the corpus and the
# database are reused by the next run with the same --articles and --seed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ARTICLES=10000 SEED=42 REQUESTS=400 BASELINE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --baseline-jar) BASELINE=$(realpath "$2"); shift 2 ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    *) echo "bench/scale.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$BASELINE" ] || { echo "bench/scale.sh: --baseline-jar is required" >&2; exit 2; }

OUT=$ROOT/bench/out
CORPUS=$OUT/corpus-$ARTICLES-$SEED
DB=$OUT/scale-$ARTICLES-$SEED.db
PORT=18071
mkdir -p "$OUT/empty"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "building the jar and the bench classes"
mvn -q -B -DskipTests package
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
cp target/factwire.jar "$OUT/scale-new.jar"

if [ ! -f "$CORPUS/manifest.properties" ]; then
  log "generating $ARTICLES articles (seed $SEED)"
  rm -rf "$CORPUS"
  java -cp "$CP" io.factwire.bench.CorpusGenerator "$CORPUS" "$ARTICLES" "$SEED" >&2
fi
if [ ! -f "$DB.done" ]; then
  log "building the database with the baseline jar: CLI ingest of $ARTICLES articles"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  FACTWIRE_DB=$DB FACTWIRE_DATA_DIR=$OUT/empty java -Xmx256m -jar "$BASELINE" ingest "$CORPUS" > /dev/null
  touch "$DB.done"
fi

PIDS=()
stop_servers() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
trap stop_servers EXIT

# start LABEL JAR PORT: a fresh copy of the database and a server on it without a response cache
start() {
  local label=$1 jar=$2 port=$3 copy=$OUT/scale-$1.db
  rm -f "$copy" "$copy-wal" "$copy-shm"
  cp "$DB" "$copy"
  [ ! -f "$DB-wal" ] || cp "$DB-wal" "$copy-wal"
  FACTWIRE_DB=$copy FACTWIRE_DATA_DIR=$OUT/empty PORT=$port FACTWIRE_CACHE_MAX_BYTES=0 FACTWIRE_RATE_LIMIT=0 \
    java -Xmx256m -XX:+UseSerialGC -jar "$jar" > "$OUT/scale-$label.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then return 0; fi
    kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "server died; see $OUT/scale-$label.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$label did not answer within 300 s" >&2; exit 1
}

start baseline "$BASELINE" $PORT
start new "$OUT/scale-new.jar" $((PORT + 1)) # migrates its copy forward first
log "$REQUESTS requests per scenario to both servers, one client"
java -cp "$CP" io.factwire.bench.ReadLatency \
  "baseline=http://127.0.0.1:$PORT@${PIDS[0]},new=http://127.0.0.1:$((PORT + 1))@${PIDS[1]}" \
  "$CORPUS" "$REQUESTS" "$SEED" > "$OUT/scale.txt"
stop_servers

echo
echo "Single client, $ARTICLES articles, $REQUESTS requests per scenario after a warm-up, each sent to both servers, response cache off (ms):"
echo
echo "| scenario | baseline p50 / p90 / p99 | this tree p50 / p90 / p99 | p50 ratio | p99 ratio | server CPU ms a request, baseline / this tree |"
echo "|---|---|---|---|---|---|"
awk 'function cpu(line) { return match(line, /cpu_ms=[0-9.]+/) ? substr(line, RSTART + 7, RLENGTH - 7) : "?" }
     $1 == "baseline" { b50[$2] = $4; b90[$2] = $5; b99[$2] = $6; bc[$2] = cpu($0); order[++n] = $2 }
     $1 == "new" { n50[$2] = $4; n90[$2] = $5; n99[$2] = $6; nc[$2] = cpu($0) }
     END { for (i = 1; i <= n; i++) { s = order[i];
       printf "| %s | %s / %s / %s | %s / %s / %s | %.1f× | %.1f× | %s / %s |\n", s, b50[s], b90[s], b99[s], n50[s], n90[s], n99[s],
         b50[s] / n50[s], b99[s] / n99[s], bc[s], nc[s] } }' "$OUT/scale.txt"
grep -h 'failures=[1-9]' "$OUT/scale.txt" || true

# sizes once both servers have stopped (their WAL checkpointed into the file); the tree's copy was migrated
size() { du -cb "$1" "$1-wal" 2>/dev/null | tail -1 | cut -f1; }
TEXT=$(find "$CORPUS" -name '*.txt' ! -name manifest.txt -print0 | xargs -0 cat | wc -c)
echo
awk -v t="$TEXT" -v b="$(size "$OUT/scale-baseline.db")" -v n="$(size "$OUT/scale-new.db")" 'BEGIN {
  printf "Database size / text size (%.1f MB of article text): baseline %.1f MB (%.2f×), this tree %.1f MB (%.2f×)\n",
    t / 1e6, b / 1e6, b / t, n / 1e6, n / t }'
