#!/usr/bin/env bash
# Acceptance check of issue 9 at scale, as a new user would meet it: generates 50,000 articles with the project's
# generator (CorpusGenerator OUT_DIR COUNT SEED), ingests them with the CLI into a fresh database, then checks
# the ingest rate, the database size against the text, the cold start to the first 200, and single-client p99
# of search, the list sorted by -published and facts across articles (response cache off, so every request does
# its SQL). Prints PASS or FAIL per line with the figure and the target; exits 1 if any line fails.
#
#   bench/acceptance-scale.sh                         # 50,000 articles (the ingest alone is about a minute at
#                                                     # the target rate, much more on today's build)
#   bench/acceptance-scale.sh --articles 5000 --no-build
#
# Options: --articles N (default 50000), --seed N (default 42), --requests N (single-client requests per
# scenario, default 300), --warmup N (requests per scenario sent first and not measured, default 1000: the
# latency targets are a running server's; a fresh JVM's first few hundred answers are still being compiled, and
# the cold start is its own line), --no-build (use target/ as it is). Not part of CI's `mvn verify`: it takes
# minutes.
# Environment: FACTWIRE_JAVA_OPTS (default -Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile=target/factwire.jsa, the README's
# run command), FACTWIRE_INGEST_JAVA_OPTS (added for the CLI ingest; default -XX:TieredStopAtLevel=1, the README's batch
# ingest command). Work files go to bench/out/acceptance/ (ignored by git); the corpus is reused, the database not.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ARTICLES=50000 SEED=42 REQUESTS=300 WARMUP=1000 BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n 2,18p "$0"; exit 0 ;;
    *) echo "bench/acceptance-scale.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

# the issue's targets
MIN_INGEST_RATE=1000 MAX_SIZE_RATIO=4 MAX_COLD_START_MS=1500
MAX_SEARCH_P99=50 MAX_LIST_P99=10 MAX_FACTS_P99=20

OUT=$ROOT/bench/out/acceptance
CORPUS=$OUT/corpus-$ARTICLES-$SEED
DB=$OUT/factwire.db
PORT=18077
mkdir -p "$OUT/empty"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ "$BUILD" = 1 ]; then
  log "building the jar, its AppCDS archive and the bench classes"
  mvn -q -B -DskipTests package
fi
[ -f target/bench.classpath ] ||
  mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
JAR=$ROOT/target/factwire.jar
export FACTWIRE_JAVA_OPTS=${FACTWIRE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile=$ROOT/target/factwire.jsa}
# the README's batch ingest command adds the JIT's first tier alone
INGEST_OPTS=${FACTWIRE_INGEST_JAVA_OPTS:--XX:TieredStopAtLevel=1}

if [ ! -f "$CORPUS/manifest.properties" ]; then
  log "generating $ARTICLES articles (seed $SEED)"
  rm -rf "$CORPUS"
  java -cp "$CP" io.factwire.bench.CorpusGenerator "$CORPUS" "$ARTICLES" "$SEED" >&2
fi
TEXT_BYTES=$(sed -n 's/^text_bytes=//p' "$CORPUS/manifest.properties")

log "CLI ingest of $ARTICLES articles into a fresh database"
rm -f "$DB" "$DB-wal" "$DB-shm"
t0=$(date +%s%N)
# shellcheck disable=SC2086
FACTWIRE_DB=$DB FACTWIRE_DATA_DIR=$OUT/empty java $FACTWIRE_JAVA_OPTS $INGEST_OPTS -jar "$JAR" ingest "$CORPUS" \
  > "$OUT/ingest.out" 2> "$OUT/ingest.err"
t1=$(date +%s%N)
CREATED=$(grep -c '^created' "$OUT/ingest.out" || true)
INGEST_RATE=$(awk -v n="$CREATED" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }')
DB_BYTES=$(( $(stat -c %s "$DB") + $( [ -f "$DB-wal" ] && stat -c %s "$DB-wal" || echo 0) ))
SIZE_RATIO=$(awk -v d="$DB_BYTES" -v t="$TEXT_BYTES" 'BEGIN { printf "%.2f", d / t }')

ID=$(sed -n '1s/^created *\([^ ]*\).*/\1/p' "$OUT/ingest.out")
log "cold starts (three, the median counts)"
COLD=()
for _ in 1 2 3; do
  COLD+=("$(COLDSTART_PORT=$PORT bench/coldstart.sh "$DB" "/v1/articles/$ID" "$JAR" | sed -n 's/.*first_200_ms=\([0-9]*\).*/\1/p')")
done
COLD_MS=$(printf '%s\n' "${COLD[@]}" | sort -n | sed -n 2p)

log "single client, response cache off: $WARMUP warm-up and $REQUESTS measured requests per scenario"
# shellcheck disable=SC2086
FACTWIRE_DB=$DB FACTWIRE_DATA_DIR=$OUT/empty PORT=$PORT FACTWIRE_HOST=127.0.0.1 FACTWIRE_CACHE_MAX_BYTES=0 \
  java $FACTWIRE_JAVA_OPTS -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break
  kill -0 $SERVER 2>/dev/null || { echo "server died; see $OUT/server.log" >&2; exit 1; }
  sleep 0.1
done
java -cp "$CP" io.factwire.bench.ReadLatency "fw=http://127.0.0.1:$PORT@$SERVER" "$CORPUS" "$REQUESTS" "$SEED" "$WARMUP" \
  > "$OUT/latency.txt"
p99() { awk -v s="$1" '$2 == s { print $6 }' "$OUT/latency.txt"; }

FAILED=0
check() { # label value op target unit
  local verdict
  verdict=$(awk -v v="$2" -v t="$4" -v op="$3" 'BEGIN { ok = (v != "") && (op == ">=" ? v + 0 >= t : v + 0 <= t); print ok ? "PASS" : "FAIL" }')
  [ "$verdict" = PASS ] || FAILED=1
  printf '%s  %-58s %10s %s   (target %s %s %s)\n' "$verdict" "$1" "${2:-none}" "$5" "$3" "$4" "$5"
}
echo
echo "issue 9 acceptance, $ARTICLES generated articles (seed $SEED), load average $(cut -d' ' -f1-3 /proc/loadavg):"
check "CLI ingest ($CREATED of $ARTICLES stored, JVM start included)" "$INGEST_RATE" ">=" "$MIN_INGEST_RATE" "articles/s"
check "database size / text size ($(awk -v d="$DB_BYTES" -v t="$TEXT_BYTES" 'BEGIN { printf "%.1f MB for %.1f MB", d / 1048576, t / 1048576 }'))" "$SIZE_RATIO" "<=" "$MAX_SIZE_RATIO" "x"
check "cold start to first 200 (median of ${COLD[*]})" "$COLD_MS" "<=" "$MAX_COLD_START_MS" "ms"
echo "(latencies: $REQUESTS requests per scenario after $WARMUP unmeasured ones, on a server that had answered none before)"
check "search, random 1-3 words, one client, p99" "$(p99 search)" "<=" "$MAX_SEARCH_P99" "ms"
check "GET /v1/articles?sort=-published, one client, p99" "$(p99 list_published_desc)" "<=" "$MAX_LIST_P99" "ms"
check "GET /v1/facts?type=troop_count&min=N, one client, p99" "$(p99 facts_troop_min)" "<=" "$MAX_FACTS_P99" "ms"
if grep -q 'failures=[1-9]' "$OUT/latency.txt"; then
  echo "FAIL  some single-client requests did not answer 200:"; grep 'failures=[1-9]' "$OUT/latency.txt"; FAILED=1
fi
exit $FAILED
