#!/usr/bin/env bash
# Factwire benchmarks (issues 5 and 9): HTTP reads beside nginx serving the same bytes, bulk ingest (CLI and
# HTTP), search and single-client latency, cold start, memory (also while /v1/export streams everything) and
# database size, at one archive size per run. Each run keeps its figures in bench/results/raw-N.tsv, and
# bench/RESULTS.md gets one table with a column per size measured (10k, 100k, 1M), so the growth shows.
#
#   bench/run.sh                        # 100,000 generated articles (under 20 minutes on 2 idle cores once built)
#   bench/run.sh --articles 10000       # a quicker run on a smaller archive
#   bench/run.sh --articles 1000000     # a million: built by replication above --extract-up-to (see below)
#
# Options: --articles N (archive size, default 100000), --runs N (default 3), --duration S (wrk seconds per
# run, default 8), --ingest N (articles per CLI ingest run, default 3000), --http-ingest N (articles per HTTP
# ingest run, default 1500), --requests N (single-client requests per scenario and run, default 300), --seed N
# (default 42), --extract-up-to N (default 100000: a larger archive is the extracted one of N articles grown by
# ReplicaBuilder, which stores copies of extracted articles with new titles, ids and dates through the real
# write path; read and search figures hold, ingest figures never come from it), --no-install (do not apt-get wrk
# and nginx), --no-build (use target/ as the last build left it), --skip-ingest (no CLI and HTTP ingest runs:
# they go into an empty database, so they do not depend on --articles).
# Environment: BENCH_PORT (default 18070; nginx takes BENCH_PORT + 10), FACTWIRE_JAVA_OPTS (default: the README's
# run command: -Xmx256m -XX:+UseSerialGC and the AppCDS archive -XX:SharedArchiveFile=target/factwire.jsa that the build
# writes), FACTWIRE_INGEST_JAVA_OPTS (added for CLI ingest; default -XX:TieredStopAtLevel=1, as the README's
# batch ingest command).
#
# Everything runs on 127.0.0.1; every load loop is bounded by wrk's duration or by a fixed count. Work files go
# to bench/out/ (ignored by git). The archive database is built once and reused by every later run with the
# same key: articles, seed, schema version, extractor version and how many were extracted (file
# bench/out/large-N-SEED-sS-eE-xX.db); the generated corpus likewise.
set -euo pipefail
shopt -s extglob
cd "$(dirname "$0")/.."
ROOT=$PWD

ARTICLES=100000 RUNS=3 DURATION=8 INGEST=3000 HTTP_INGEST=1500 SEED=42 INSTALL=1 EXTRACT_MAX=100000 REQUESTS=300 BUILD=1 INGEST_RUNS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --ingest) INGEST=$2; shift 2 ;;
    --http-ingest) HTTP_INGEST=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --extract-up-to) EXTRACT_MAX=$2; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    --no-build) BUILD=0; shift ;;
    --skip-ingest) INGEST_RUNS=0; shift ;;
    -h|--help) sed -n 2,27p "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
EXTRACTED=$(( ARTICLES < EXTRACT_MAX ? ARTICLES : EXTRACT_MAX ))
[ "$INGEST" -le "$EXTRACTED" ] || INGEST=$EXTRACTED
[ "$HTTP_INGEST" -le "$EXTRACTED" ] || HTTP_INGEST=$EXTRACTED

OUT=$ROOT/bench/out
WORK=$OUT/run-$ARTICLES   # this size's work files, so two sizes can run at once (with another BENCH_PORT)
CORPUS=$OUT/corpus-$EXTRACTED-$SEED
EMPTY_DIR=$OUT/empty
WWW=$WORK/www
FW_PORT=${BENCH_PORT:-18070}
NGINX_PORT=$((FW_PORT + 10))
KEY=bench-key
RAW=$WORK/raw.tsv          # metric <tab> run <tab> value, one line per measurement
NOTES=()
mkdir -p "$OUT" "$WORK" "$EMPTY_DIR" "$WWW"
: > "$RAW"
BENCH_START=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$RAW"; }
now_ns() { date +%s%N; }

# ---- tools ------------------------------------------------------------------------------------------------
if [ "$INSTALL" = 1 ] && { ! command -v wrk >/dev/null || ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }; then
  log "installing wrk and nginx from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v wrk >/dev/null || { echo "bench/run.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "bench/run.sh: curl is missing (apt-get install curl)" >&2; exit 1; }

if [ "$BUILD" = 1 ]; then
  log "building the jar (and its AppCDS archive) and the bench classes"
  mvn -q -B -DskipTests package
fi
[ -f target/bench.classpath ] && [ "$BUILD" = 0 ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
JAR=$ROOT/target/factwire.jar
JAVA_OPTS=${FACTWIRE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile=$ROOT/target/factwire.jsa}
# the README's batch ingest command: a short-lived JVM does better on the JIT's first tier alone
INGEST_OPTS=${FACTWIRE_INGEST_JAVA_OPTS:--XX:TieredStopAtLevel=1}
VERSIONS=$(java -cp "$CP" io.factwire.bench.Versions)
LARGE_DB=$OUT/large-$ARTICLES-$SEED-$VERSIONS-x$EXTRACTED.db
RESULTS_DIR=$ROOT/bench/results
mkdir -p "$RESULTS_DIR"

# ---- processes we start, stopped by PID ------------------------------------------------------------------
SERVER_PID="" NGINX_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    if [ -f "$RSS_PEAK_FILE.$SERVER_PID" ]; then
      record rss_peak_mb "$SERVER_PID" "$(awk '{ printf "%.0f", $1 / 1024 }' "$RSS_PEAK_FILE.$SERVER_PID")"
      rm -f "$RSS_PEAK_FILE.$SERVER_PID"
    fi
    SERVER_PID=""
  fi
}
stop_nginx() {
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
  fi
}
trap 'stop_server; stop_nginx' EXIT

# the largest resident size (kB) the server reached, sampled five times a second while it runs
RSS_PEAK_FILE=$WORK/rss-peak.kb
sample_rss() {
  local pid=$1 peak=0 kb
  while kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && [ -n "$kb" ]; do
    if [ "$kb" -gt "$peak" ]; then peak=$kb; echo "$peak" > "$RSS_PEAK_FILE.$pid"; fi
    sleep 0.2
  done
}

# start_server DB -> SERVER_PID, waits (at most 120 s) for /health
start_server() {
  # a long extraction budget: on a busy machine the default 2 s of wall time turns slow posts into 422s
  FACTWIRE_DB=$1 FACTWIRE_DATA_DIR=$EMPTY_DIR PORT=$FW_PORT FACTWIRE_API_KEY=$KEY FACTWIRE_EXTRACT_TIMEOUT_MS=60000 \
    FACTWIRE_CACHE_MAX_BYTES=${FACTWIRE_CACHE_MAX_BYTES:-67108864} java $JAVA_OPTS -jar "$JAR" > "$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  sample_rss "$SERVER_PID" &
  for _ in $(seq 1 12000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$FW_PORT/health"; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; see $WORK/server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "server did not answer within 120 s" >&2; exit 1
}

# ---- corpus and large database ---------------------------------------------------------------------------
if [ ! -f "$CORPUS/manifest.properties" ]; then
  log "generating $EXTRACTED articles (seed $SEED)"
  rm -rf "$CORPUS"
  java -cp "$CP" io.factwire.bench.CorpusGenerator "$CORPUS" "$EXTRACTED" "$SEED" >&2
fi
TEXT_BYTES=$(sed -n 's/^text_bytes=//p' "$CORPUS/manifest.properties")
WORDS=$(sed -n 's/^words=//p' "$CORPUS/manifest.properties")

# extracted_db N -> the path of a database of the first N corpus articles, built by CLI ingest when missing
extracted_db() {
  local db=$OUT/large-$1-$SEED-$VERSIONS-x$1.db t0 t1
  if [ ! -f "$db.done" ]; then
    log "building the database: CLI ingest of $1 articles (extraction on every core)"
    rm -f "$db" "$db-wal" "$db-shm"
    t0=$(now_ns)
    FACTWIRE_DB=$db FACTWIRE_DATA_DIR=$EMPTY_DIR FACTWIRE_EXTRACT_TIMEOUT_MS=60000 java $JAVA_OPTS $INGEST_OPTS -jar "$JAR" ingest "$CORPUS" \
      > "$OUT/large-ingest.out" 2> "$OUT/large-ingest.err"
    t1=$(now_ns)
    awk -v n="$1" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f\n", n / (ns / 1e9) }' > "$db.done"
  fi
  echo "$db"
}
if [ "$ARTICLES" -le "$EXTRACT_MAX" ]; then
  extracted_db "$ARTICLES" > /dev/null
  record large_build_rate 1 "$(cat "$LARGE_DB.done")"
  BUILT="CLI ingest (extraction) of all $ARTICLES"
else
  if [ ! -f "$LARGE_DB.done" ]; then
    base=$(extracted_db "$EXTRACTED")
    if [ ! -f "$LARGE_DB" ]; then
      cp "$base" "$LARGE_DB"
      [ ! -f "$base-wal" ] || cp "$base-wal" "$LARGE_DB-wal"
    fi
    templates=$(( EXTRACTED < 10000 ? EXTRACTED : 10000 ))
    log "growing the database to $ARTICLES articles: copies of $templates extracted ones (ReplicaBuilder)"
    java -Xmx1g -cp "$CP" io.factwire.bench.ReplicaBuilder "$LARGE_DB" "$CORPUS" "$templates" "$ARTICLES" \
      > "$LARGE_DB.replicas" 2> "$WORK/replicas.err"
    touch "$LARGE_DB.done"
  fi
  # ReplicaBuilder counts the text of every article of the archive, the extracted ones included
  TEXT_BYTES=$(sed -n 's/^text_bytes=//p' "$LARGE_DB.replicas")
  record replica_store_rate 1 "$(sed -n 's/^store_rate=//p' "$LARGE_DB.replicas")"
  BUILT="CLI ingest (extraction) of $EXTRACTED, then ReplicaBuilder copies of the first $(( EXTRACTED < 10000 ? EXTRACTED : 10000 )) up to $ARTICLES"
fi

# ---- bulk ingest, CLI, empty database ----------------------------------------------------------------------
INGEST_DIR=$OUT/ingest-$INGEST-$SEED
if [ ! -d "$INGEST_DIR" ]; then
  mkdir -p "$INGEST_DIR"
  for i in $(seq 1 "$INGEST"); do
    n=$(printf 'a%06d' "$i")
    ln -s "$CORPUS/$n.txt" "$INGEST_DIR/$n.txt"
    ln -s "$CORPUS/$n.json" "$INGEST_DIR/$n.json"
  done
fi
for r in $(seq 1 $(( RUNS * INGEST_RUNS ))); do
  db=$WORK/ingest-cli.db
  rm -f "$db" "$db-wal" "$db-shm"
  log "CLI ingest run $r: $INGEST articles into an empty database"
  t0=$(now_ns)
  # a long extraction budget, as for the server below
  FACTWIRE_DB=$db FACTWIRE_DATA_DIR=$EMPTY_DIR FACTWIRE_EXTRACT_TIMEOUT_MS=60000 java $JAVA_OPTS $INGEST_OPTS -jar "$JAR" ingest "$INGEST_DIR" \
    > "$WORK/ingest-cli.out" 2> "$WORK/ingest-cli.err"
  t1=$(now_ns)
  created=$(grep -c '^created' "$WORK/ingest-cli.out" || true)
  [ "$created" = "$INGEST" ] || { echo "CLI ingest stored $created of $INGEST; see $WORK/ingest-cli.err" >&2; exit 1; }
  record cli_ingest "$r" "$(awk -v n="$INGEST" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", n / (ns / 1e9) }')"
done

# ---- bulk ingest over HTTP, 8 connections ------------------------------------------------------------------
for r in $(seq 1 $(( RUNS * INGEST_RUNS ))); do
  db=$WORK/ingest-http.db
  rm -f "$db" "$db-wal" "$db-shm"
  start_server "$db"
  log "HTTP ingest run $r: $HTTP_INGEST articles, 8 connections"
  # exits 1 when a post failed; the line still counts, and the failures go into the notes
  line=$(java -cp "$CP" io.factwire.bench.HttpIngestBenchmark "http://127.0.0.1:$FW_PORT" "$KEY" "$CORPUS" \
    "$HTTP_INGEST" 8) || NOTES+=("HTTP ingest run $r: $(grep -o 'failed=[0-9]*' <<< "$line") posts failed")
  stop_server
  record http_ingest "$r" "$(sed -n 's/.*articles_per_second=\([0-9.]*\).*/\1/p' <<< "$line")"
done

# ---- HTTP reads beside nginx -------------------------------------------------------------------------------
cat > "$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WWW; }
}
EOF
mkdir -p "$WORK/nginx-tmp"
"$NGINX" -c "$WORK/nginx.conf" &
NGINX_PID=$!

start_server "$LARGE_DB"
FW=http://127.0.0.1:$FW_PORT
NG=http://127.0.0.1:$NGINX_PORT
ID=$(curl -fs "$FW/v1/articles?limit=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
[ -n "$ID" ] || { echo "no article in the large database" >&2; exit 1; }

# scenario NAME PATH [CONNECTIONS]: saves Factwire's bytes for nginx; prints nothing
declare -a SCENARIOS=()
add_scenario() {
  local name=$1 path=$2 conns=${3:-64} status
  status=$(curl -s -o "$WWW/$name.json" -w '%{http_code}' "$FW$path")
  if [ "$status" = 200 ]; then
    SCENARIOS+=("$name|$path|$conns")
  else
    NOTES+=("$name skipped: GET $path answered $status (route not on this branch yet)")
    rm -f "$WWW/$name.json"
  fi
}
add_scenario article "/v1/articles/$ID"
add_scenario list "/v1/articles?limit=20"
add_scenario facts "/v1/articles/$ID/facts?type=troop_count,casualty_count"
add_scenario search "/v1/search?q=Kyiv"
ETAG=$(curl -sI "$FW/v1/articles/$ID" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
if [ -n "$ETAG" ]; then
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$FW/v1/articles/$ID")
  [ "$status" = 304 ] || { NOTES+=("304 skipped: If-None-Match with the ETag answered $status"); ETAG=""; }
else
  NOTES+=("304 skipped: GET /v1/articles/{id} sends no ETag on this branch yet")
fi
NG_ETAG=$(curl -sI "$NG/article.json" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
if ! cmp -s <(curl -s "$NG/article.json") "$WWW/article.json"; then echo "nginx does not serve the same bytes" >&2; exit 1; fi

# run_wrk METRIC RUN CONNECTIONS URL [HEADER]: records rps, p50 and p99 (ms)
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 }; printf "%.2f", v }'; }
run_wrk() {
  local metric=$1 run=$2 conns=$3 url=$4 header=${5:-} out threads=2
  [ "$conns" -ge 2 ] || threads=1
  if [ -n "$header" ]; then
    out=$(wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency -H "$header" "$url")
  else
    out=$(wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency "$url")
  fi
  echo "$out" >> "$WORK/wrk.log"
  if grep -q 'Non-2xx or 3xx' <<< "$out"; then NOTES+=("$metric run $run: wrk saw non-2xx/3xx answers"); fi
  record "$metric.rps" "$run" "$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")"
  record "$metric.p50" "$run" "$(awk '$1 == "50%" { print $2 }' <<< "$out" | to_ms)"
  record "$metric.p99" "$run" "$(awk '$1 == "99%" { print $2 }' <<< "$out" | to_ms)"
}

: > "$WORK/wrk.log"
# warm-up: JIT and SQLite page cache, not recorded (as long as a measured run: a cold JIT halves the first)
log "warm-up: every scenario once, unrecorded"
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name path conns <<< "$s"
  wrk -t2 -c64 -d"${DURATION}s" "$FW$path" > /dev/null
done
[ -z "$ETAG" ] || wrk -t2 -c64 -d"${DURATION}s" -H "If-None-Match: $ETAG" "$FW/v1/articles/$ID" > /dev/null
for r in $(seq 1 "$RUNS"); do
  for s in "${SCENARIOS[@]}"; do
    IFS='|' read -r name path conns <<< "$s"
    log "reads run $r: $name ($conns connections), Factwire then nginx"
    run_wrk "fw.$name" "$r" "$conns" "$FW$path"
    run_wrk "ng.$name" "$r" "$conns" "$NG/$name.json"
  done
  if [ -n "$ETAG" ]; then
    log "reads run $r: 304 revalidation, Factwire then nginx"
    run_wrk fw.not_modified "$r" 64 "$FW/v1/articles/$ID" "If-None-Match: $ETAG"
    run_wrk ng.not_modified "$r" 64 "$NG/article.json" "If-None-Match: $NG_ETAG"
  fi
done

# ---- search latency on the large database, 16 connections, rotating queries --------------------------------
if printf '%s\n' "${SCENARIOS[@]}" | grep -q '^search|'; then
  # Queries drawn at random from about 80,000 (two words and a page size), so most miss the response cache
  # and each one runs the FTS5 query: a city with a surname or a village from the corpus's word lists.
  cat > "$WORK/search.lua" <<'EOF'
local cities = {"Kyiv", "Kharkiv", "Zaporizhzhia", "Odesa", "Dnipro", "Tallinn", "Narva", "Riga", "Vilnius",
  "Warsaw", "Rzeszow", "Helsinki", "Bucharest", "Constanta", "Sofia", "Seoul", "Pyongyang", "Tokyo", "Manila",
  "Yangon", "Sittwe", "Bangkok", "Jakarta", "Nairobi", "Addis", "Khartoum", "Pemba", "Lagos", "Bamako", "Lima",
  "Arequipa", "Bogota", "Quito", "Santiago", "Yerevan", "Baku", "Tbilisi", "Ankara", "Beirut", "Amman", "Tirana",
  "Viseu", "Lisbon", "Athens", "Brussels", "Geneva", "Berlin", "Paris", "Madrid", "Rome", "Taipei", "Hanoi",
  "Dhaka", "Kathmandu", "Islamabad", "Kabul"}
local others = {"Kovalenko", "Shevchenko", "Tamm", "Aavik", "Ashby", "Miller", "Nowak", "Kowalski", "Popescu",
  "Ionescu", "Petrov", "Dimitrov", "Garcia", "Fernandez", "Lopez", "Silva", "Santos", "Papadopoulos", "Hakobyan",
  "Aliyev", "Yilmaz", "Demir", "Okafor", "Mwangi", "Kamau", "Tanaka", "Sato", "Kim", "Park", "Lee", "Nguyen",
  "Rahman", "Haddad", "Mansour", "Lindqvist", "Virtanen", "Berzins", "Kazlauskas", "Muller", "Dubois", "Rossi",
  "Bianchi", "Costa", "Moreau", "Schmidt", "Novak", "Horvat", "Kruger", "Stepove", "Novopil", "Mocimboa",
  "Ancuabe", "Ponnagyun", "Kalinovka", "Hrushivka", "Bilohirya", "Malynivka", "Sosnivka", "Dobropillia",
  "Kupiansk", "Lyman", "Vovchansk", "Orikhiv", "Robotyne", "Tokmak", "Kamianske", "Ivanivka", "Zolochiv",
  "Berestove", "Pokrovka"}
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end
request = function()
  local q = cities[math.random(#cities)] .. "%20" .. others[math.random(#others)]
  return wrk.format("GET", "/v1/search?q=" .. q .. "&limit=" .. math.random(20))
end
EOF
  for r in $(seq 1 "$RUNS"); do
    log "search run $r: random queries, 16 connections"
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency -s "$WORK/search.lua" "$FW")
    echo "$out" >> "$WORK/wrk.log"
    if grep -q 'Non-2xx or 3xx' <<< "$out"; then NOTES+=("search run $r: wrk saw non-2xx/3xx answers"); fi
    record search16.rps "$r" "$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")"
    record search16.p50 "$r" "$(awk '$1 == "50%" { print $2 }' <<< "$out" | to_ms)"
    record search16.p99 "$r" "$(awk '$1 == "99%" { print $2 }' <<< "$out" | to_ms)"
  done
fi

# ---- memory after the load runs, and while /v1/export streams every article ----------------------------------
RSS_KB=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
record rss_mb 1 "$(awk -v k="$RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')"
log "export: NDJSON for up to 60 s, resident size sampled meanwhile"
rm -f "$RSS_PEAK_FILE.$SERVER_PID"
t0=$(now_ns)
# at most a minute of it: enough to see whether memory grows with what was sent (curl's exit 28 is the cut)
EXPORT_BYTES=$(curl -s --max-time 60 "$FW/v1/export" -o /dev/null -w '%{size_download}' || true)
t1=$(now_ns)
record export_mb_per_s 1 "$(awk -v b="$EXPORT_BYTES" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", b / 1048576 / (ns / 1e9) }')"
record export_mb 1 "$(awk -v b="$EXPORT_BYTES" 'BEGIN { printf "%.0f", b / 1048576 }')"
[ ! -f "$RSS_PEAK_FILE.$SERVER_PID" ] || record export_rss_peak_mb 1 "$(awk '{ printf "%.0f", $1 / 1024 }' "$RSS_PEAK_FILE.$SERVER_PID")"
stop_server
stop_nginx

# ---- single client, response cache off: what each read costs the database (issue 9) -------------------------
# random 1-3-word searches, the list by -published (first and followed pages), troop counts of at least a random N
FACTWIRE_CACHE_MAX_BYTES=0 start_server "$LARGE_DB"
for r in $(seq 1 "$RUNS"); do
  log "single-client run $r: search, -published list, facts by minimum, uncached"
  java -cp "$CP" io.factwire.bench.ReadLatency "fw=$FW" "$CORPUS" "$REQUESTS" "$((SEED + r))" > "$WORK/single.txt"
  while read -r _ name _ p50 _ p99 _ _; do
    record "single.$name.p50" "$r" "$p50"
    record "single.$name.p99" "$r" "$p99"
  done < "$WORK/single.txt"
done
stop_server

# ---- cold start with the large database, with the AppCDS archive (the documented command) and without ------
for r in $(seq 1 "$RUNS"); do
  for variant in cds nocds; do
    sync
    if [ "$variant" = cds ]; then opts=$JAVA_OPTS; else opts=${JAVA_OPTS//-XX:SharedArchiveFile=*([^ ])/}; fi
    line=$(FACTWIRE_JAVA_OPTS="$opts" COLDSTART_PORT=$FW_PORT bench/coldstart.sh "$LARGE_DB" "/v1/articles/$ID" "$JAR")
    ms=$(sed -n 's/.*first_200_ms=\([0-9]*\).*/\1/p' <<< "$line")
    cpu=$(sed -n 's/.*cpu_ms=\([0-9]*\).*/\1/p' <<< "$line")
    suffix=$([ "$variant" = cds ] || echo _nocds)
    record "cold_start_ms$suffix" "$r" "$ms"
    record "cold_start_cpu_ms$suffix" "$r" "$cpu"
    log "cold start run $r ($variant): $ms ms, $cpu ms of CPU"
  done
done

# ---- database size vs text -------------------------------------------------------------------------------
DB_BYTES=$(( $(stat -c %s "$LARGE_DB") + $( [ -f "$LARGE_DB-wal" ] && stat -c %s "$LARGE_DB-wal" || echo 0) ))
record db_ratio 1 "$(awk -v d="$DB_BYTES" -v t="$TEXT_BYTES" 'BEGIN { printf "%.2f", d / t }')"
record db_mb 1 "$(awk -v b="$DB_BYTES" 'BEGIN { printf "%.0f", b / 1048576 }')"
record text_mb 1 "$(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.0f", b / 1048576 }')"

# ---- this size's figures, then the table of every size in bench/RESULTS.md ----------------------------------
ELAPSED=$(( $(date +%s) - BENCH_START ))
cp "$RAW" "$RESULTS_DIR/raw-$ARTICLES.tsv"
{
  echo "articles=$ARTICLES"
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "command=bench/run.sh --articles $ARTICLES --runs $RUNS --duration $DURATION --ingest $INGEST --http-ingest $HTTP_INGEST --requests $REQUESTS --seed $SEED --extract-up-to $EXTRACT_MAX"
  echo "built=$BUILT"
  echo "elapsed_s=$ELAPSED"
  echo "load_start=$LOAD_START"
  echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java_opts=$JAVA_OPTS"
  echo "words_per_article=$(awk -v w="$WORDS" -v n="$EXTRACTED" 'BEGIN { printf "%.0f", w / n }')"
  echo "machine=$(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr); $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///')"
  printf 'note=%s\n' "${NOTES[@]}"
} > "$RESULTS_DIR/meta-$ARTICLES.txt"
bench/table.sh
echo "Wrote bench/results/raw-$ARTICLES.tsv and the table in bench/RESULTS.md ($ELAPSED s; wrk output in bench/out/wrk.log)."
