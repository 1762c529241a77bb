#!/usr/bin/env bash
# Factwire benchmarks (issue 5): HTTP reads beside nginx serving the same bytes, bulk ingest (CLI and HTTP),
# search, cold start, memory and database size. Prints a table and writes bench/RESULTS.md.
#
#   bench/run.sh                     # 100,000 generated articles (about 15 minutes on 2 cores)
#   bench/run.sh --articles 20000    # a quicker run on a smaller corpus
#
# Options: --articles N (large corpus, default 100000), --runs N (default 3), --duration S (wrk seconds per
# run, default 8), --ingest N (articles per CLI ingest run, default 3000), --http-ingest N (articles per HTTP
# ingest run, default 1500), --seed N (default 42), --no-install (do not apt-get wrk and nginx).
# Environment: FACTWIRE_JAVA_OPTS (default -Xmx256m, the heap documented in the README).
#
# Everything runs on 127.0.0.1; every load loop is bounded by wrk's duration or by a fixed article count.
# Work files go to bench/out/ (ignored by git); the generated corpus and the large database are reused by the
# next run with the same --articles and --seed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

ARTICLES=100000 RUNS=3 DURATION=8 INGEST=3000 HTTP_INGEST=1500 SEED=42 INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --ingest) INGEST=$2; shift 2 ;;
    --http-ingest) HTTP_INGEST=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    -h|--help) sed -n 2,17p "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$INGEST" -le "$ARTICLES" ] || INGEST=$ARTICLES
[ "$HTTP_INGEST" -le "$ARTICLES" ] || HTTP_INGEST=$ARTICLES

JAVA_OPTS=${FACTWIRE_JAVA_OPTS:--Xmx256m}
OUT=$ROOT/bench/out
CORPUS=$OUT/corpus-$ARTICLES-$SEED
LARGE_DB=$OUT/large-$ARTICLES-$SEED.db
EMPTY_DIR=$OUT/empty
WWW=$OUT/www
FW_PORT=18070
NGINX_PORT=18080
KEY=bench-key
RAW=$OUT/raw.tsv          # metric <tab> run <tab> value, one line per measurement
NOTES=()
mkdir -p "$OUT" "$EMPTY_DIR" "$WWW"
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

log "building the jar and the bench classes"
mvn -q -B -DskipTests package
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
JAR=$ROOT/target/factwire.jar

# ---- processes we start, stopped by PID ------------------------------------------------------------------
SERVER_PID="" NGINX_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
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

# start_server DB -> SERVER_PID, waits (at most 120 s) for /health
start_server() {
  FACTWIRE_DB=$1 FACTWIRE_DATA_DIR=$EMPTY_DIR PORT=$FW_PORT FACTWIRE_API_KEY=$KEY \
    FACTWIRE_CACHE_MAX_BYTES=${FACTWIRE_CACHE_MAX_BYTES:-67108864} java $JAVA_OPTS -jar "$JAR" > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 12000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$FW_PORT/health"; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; see $OUT/server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "server did not answer within 120 s" >&2; exit 1
}

# ---- corpus and large database ---------------------------------------------------------------------------
if [ ! -f "$CORPUS/manifest.txt" ]; then
  log "generating $ARTICLES articles (seed $SEED)"
  rm -rf "$CORPUS"
  java -cp "$CP" io.factwire.bench.CorpusGenerator "$CORPUS" "$ARTICLES" "$SEED" >&2
fi
TEXT_BYTES=$(sed -n 's/^text_bytes=//p' "$CORPUS/manifest.txt")
WORDS=$(sed -n 's/^words=//p' "$CORPUS/manifest.txt")

if [ ! -f "$LARGE_DB.done" ]; then
  log "building the large database: CLI ingest of $ARTICLES articles"
  rm -f "$LARGE_DB" "$LARGE_DB-wal" "$LARGE_DB-shm"
  t0=$(now_ns)
  FACTWIRE_DB=$LARGE_DB FACTWIRE_DATA_DIR=$EMPTY_DIR java $JAVA_OPTS -jar "$JAR" ingest "$CORPUS" \
    > "$OUT/large-ingest.out" 2> "$OUT/large-ingest.err"
  t1=$(now_ns)
  awk -v n="$ARTICLES" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f\n", n / (ns / 1e9) }' > "$LARGE_DB.done"
fi
record large_build_rate 1 "$(cat "$LARGE_DB.done")"

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
for r in $(seq 1 "$RUNS"); do
  db=$OUT/ingest-cli.db
  rm -f "$db" "$db-wal" "$db-shm"
  log "CLI ingest run $r: $INGEST articles into an empty database"
  t0=$(now_ns)
  FACTWIRE_DB=$db FACTWIRE_DATA_DIR=$EMPTY_DIR java $JAVA_OPTS -jar "$JAR" ingest "$INGEST_DIR" \
    > "$OUT/ingest-cli.out" 2> "$OUT/ingest-cli.err"
  t1=$(now_ns)
  created=$(grep -c '^created' "$OUT/ingest-cli.out" || true)
  [ "$created" = "$INGEST" ] || { echo "CLI ingest stored $created of $INGEST; see $OUT/ingest-cli.err" >&2; exit 1; }
  record cli_ingest "$r" "$(awk -v n="$INGEST" -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", n / (ns / 1e9) }')"
done

# ---- bulk ingest over HTTP, 8 connections ------------------------------------------------------------------
for r in $(seq 1 "$RUNS"); do
  db=$OUT/ingest-http.db
  rm -f "$db" "$db-wal" "$db-shm"
  start_server "$db"
  log "HTTP ingest run $r: $HTTP_INGEST articles, 8 connections"
  line=$(java -cp "$CP" io.factwire.bench.HttpIngestBenchmark "http://127.0.0.1:$FW_PORT" "$KEY" "$CORPUS" \
    "$HTTP_INGEST" 8)
  stop_server
  record http_ingest "$r" "$(sed -n 's/.*articles_per_second=\([0-9.]*\).*/\1/p' <<< "$line")"
done

# ---- HTTP reads beside nginx -------------------------------------------------------------------------------
cat > "$OUT/nginx.conf" <<EOF
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type application/json;
  client_body_temp_path $OUT/nginx-tmp; proxy_temp_path $OUT/nginx-tmp; fastcgi_temp_path $OUT/nginx-tmp;
  uwsgi_temp_path $OUT/nginx-tmp; scgi_temp_path $OUT/nginx-tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WWW; }
}
EOF
mkdir -p "$OUT/nginx-tmp"
"$NGINX" -c "$OUT/nginx.conf" &
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
  echo "$out" >> "$OUT/wrk.log"
  if grep -q 'Non-2xx or 3xx' <<< "$out"; then NOTES+=("$metric run $run: wrk saw non-2xx/3xx answers"); fi
  record "$metric.rps" "$run" "$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")"
  record "$metric.p50" "$run" "$(awk '$1 == "50%" { print $2 }' <<< "$out" | to_ms)"
  record "$metric.p99" "$run" "$(awk '$1 == "99%" { print $2 }' <<< "$out" | to_ms)"
}

: > "$OUT/wrk.log"
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
  cat > "$OUT/search.lua" <<'EOF'
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
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency -s "$OUT/search.lua" "$FW")
    echo "$out" >> "$OUT/wrk.log"
    if grep -q 'Non-2xx or 3xx' <<< "$out"; then NOTES+=("search run $r: wrk saw non-2xx/3xx answers"); fi
    record search16.rps "$r" "$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")"
    record search16.p50 "$r" "$(awk '$1 == "50%" { print $2 }' <<< "$out" | to_ms)"
    record search16.p99 "$r" "$(awk '$1 == "99%" { print $2 }' <<< "$out" | to_ms)"
  done
fi

# ---- memory after the load runs ----------------------------------------------------------------------------
RSS_KB=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
record rss_mb 1 "$(awk -v k="$RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')"
stop_server
stop_nginx

# ---- single client, response cache off: what each read costs the database (issue 9) -------------------------
# random 1-3-word searches, the list by -published (first and followed pages), troop counts of at least a random N
FACTWIRE_CACHE_MAX_BYTES=0 start_server "$LARGE_DB"
for r in $(seq 1 "$RUNS"); do
  log "single-client run $r: search, -published list, facts by minimum, uncached"
  java -cp "$CP" io.factwire.bench.ReadLatency "fw=$FW" "$CORPUS" 300 "$((SEED + r))" > "$OUT/single.txt"
  while read -r _ name _ p50 _ p99 _ _; do
    record "single.$name.p50" "$r" "$p50"
    record "single.$name.p99" "$r" "$p99"
  done < "$OUT/single.txt"
done
stop_server

# ---- cold start with the large database --------------------------------------------------------------------
for r in $(seq 1 "$RUNS"); do
  sync
  t0=$(now_ns)
  FACTWIRE_DB=$LARGE_DB FACTWIRE_DATA_DIR=$EMPTY_DIR PORT=$FW_PORT java $JAVA_OPTS -jar "$JAR" > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  t1=""
  for _ in $(seq 1 6000); do
    if curl -fs -o /dev/null "$FW/v1/articles/$ID"; then
      t1=$(now_ns)
      # CPU the server had used by then (user + system), to tell start-up work from waiting for a busy machine
      record cold_start_cpu_ms "$r" "$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$SERVER_PID/stat")"
      break
    fi
    sleep 0.005
  done
  [ -n "$t1" ] || { echo "no 200 within 30 s of start" >&2; exit 1; }
  stop_server
  record cold_start_ms "$r" "$(( (t1 - t0) / 1000000 ))"
  log "cold start run $r: $(( (t1 - t0) / 1000000 )) ms"
done

# ---- database size vs text -------------------------------------------------------------------------------
DB_BYTES=$(( $(stat -c %s "$LARGE_DB") + $( [ -f "$LARGE_DB-wal" ] && stat -c %s "$LARGE_DB-wal" || echo 0) ))
record db_ratio 1 "$(awk -v d="$DB_BYTES" -v t="$TEXT_BYTES" 'BEGIN { printf "%.2f", d / t }')"

# ---- table and bench/RESULTS.md ----------------------------------------------------------------------------
median() { awk -F'\t' -v m="$1" '$1 == m { print $3 }' "$RAW" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
runs_of() { awk -F'\t' -v m="$1" '$1 == m { printf "%s%s", sep, $3; sep = " / " }' "$RAW"; }
# ratio A B: the median over runs of A/B, each run's pair measured side by side
ratio() {
  awk -F'\t' -v a="$1" -v b="$2" '$1 == a { x[$2] = $3 } $1 == b { y[$2] = $3 }
    END { for (r in x) if (r in y && y[r] > 0) printf "%.4f\n", x[r] / y[r] }' "$RAW" |
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# verdict VALUE OP TARGET -> met / missed
verdict() { [ -n "$1" ] || { echo "not measured"; return; }; awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "missed" }'; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); }
read_row() { # name label target_ratio
  local name=$1 label=$2 target=$3 rt
  if [ -z "$(median "fw.$name.rps")" ]; then row "$label" "skipped" "≥ ${target}× nginx" "not measured"; return; fi
  rt=$(ratio "fw.$name.rps" "ng.$name.rps")
  row "$label" "**${rt}× nginx** (median of per-run ratios) — $(median "fw.$name.rps") vs $(median "ng.$name.rps") req/s; p50 $(median "fw.$name.p50") ms, p99 $(median "fw.$name.p99") ms (nginx p99 $(median "ng.$name.p99") ms)" \
    "≥ ${target}× nginx" "$(verdict "$rt" '>=' "$target")"
}
read_row article "GET one whole article, 64 conn." 0.45
P99=$(median fw.article.p99)
row "GET one whole article, p99" "${P99:-n/a} ms" "≤ 15 ms" "$(verdict "$P99" '<=' 15)"
read_row not_modified "304 revalidation (If-None-Match), 64 conn." 0.55
read_row list "GET list of 20, 64 conn." 0.30
read_row facts "GET /facts?type=troop_count,casualty_count, 64 conn." 0.30
read_row search "GET /v1/search?q=Kyiv, 64 conn." 0.30
S_RPS=$(median search16.rps); S_P99=$(median search16.p99)
if [ -n "$S_RPS" ]; then
  row "search on $ARTICLES articles, 16 conn., random queries (mostly uncached)" "$S_RPS q/s; p50 $(median search16.p50) ms, p99 $S_P99 ms" "≥ 2,000 q/s; p99 ≤ 50 ms" \
    "$(verdict "$S_RPS" '>=' 2000) / $(verdict "$S_P99" '<=' 50)"
else
  row "search on $ARTICLES articles, 16 conn." "skipped (no /v1/search)" "≥ 2,000 q/s; p99 ≤ 50 ms" "not measured"
fi
for s in search list_published_desc facts_troop_min; do
  case $s in
    search) label="search, random 1–3-word queries"; target=50 ;;
    list_published_desc) label="GET /v1/articles?sort=-published (first and followed pages)"; target=10 ;;
    facts_troop_min) label="GET /v1/facts?type=troop_count&min=N, random N"; target=20 ;;
  esac
  P99=$(median "single.$s.p99")
  row "$label, one client, uncached" "p50 $(median "single.$s.p50") ms, p99 ${P99:-n/a} ms" "p99 ≤ $target ms" "$(verdict "$P99" '<=' "$target")"
done
row "bulk ingest, CLI, empty DB ($INGEST articles, JVM start included)" "$(median cli_ingest) articles/s ($(runs_of cli_ingest))" "≥ 1,000/s" "$(verdict "$(median cli_ingest)" '>=' 1000)"
row "bulk ingest over HTTP, 8 conn. ($HTTP_INGEST articles)" "$(median http_ingest) articles/s ($(runs_of http_ingest))" "≥ 300/s" "$(verdict "$(median http_ingest)" '>=' 300)"
row "CLI ingest building the large DB ($ARTICLES articles, one run)" "$(median large_build_rate) articles/s" "(info)" ""
row "cold start to first 200, $ARTICLES articles stored" "$(median cold_start_ms) ms ($(runs_of cold_start_ms)); the server had used $(median cold_start_cpu_ms) ms of CPU by then" "≤ 1,500 ms" "$(verdict "$(median cold_start_ms)" '<=' 1500)"
row "resident memory after the runs ($JAVA_OPTS)" "$(median rss_mb) MB" "≤ 400 MB" "$(verdict "$(median rss_mb)" '<=' 400)"
row "database size / article text size" "$(median db_ratio)× ($(awk -v b="$DB_BYTES" 'BEGIN { printf "%.0f", b / 1048576 }') MB for $(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.0f", b / 1048576 }') MB of text)" "≤ 4×" "$(verdict "$(median db_ratio)" '<=' 4)"

ELAPSED=$(( $(date +%s) - BENCH_START ))
CPU_MODEL=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# Factwire benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')."
  echo
  echo "- Machine: $(nproc) cores ($CPU_MODEL), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr); $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///')."
  echo "- Corpus: $ARTICLES generated articles (seed $SEED), $(awk -v w="$WORDS" -v n="$ARTICLES" 'BEGIN { printf "%.0f", w / n }') words each on average, $(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MB of text."
  echo "- Command: \`bench/run.sh --articles $ARTICLES --runs $RUNS --duration $DURATION --ingest $INGEST --http-ingest $HTTP_INGEST --seed $SEED\` ($ELAPSED s in all)."
  echo "- Load average (1, 5, 15 min) when the run started: $LOAD_START; when it ended: $(cut -d' ' -f1-3 /proc/loadavg). Above 2 on this 2-core machine, other work competed for the cores and absolute figures are low; the ratios, taken side by side, are the steadier figures."
  echo "- Each figure is the median of $RUNS runs unless it says one run; ratios compare Factwire and nginx measured one after the other in the same run."
  echo "  Reads: \`wrk -t2 -c64 -d${DURATION}s --latency\` on 127.0.0.1, wrk and the server sharing the cores; nginx ($(echo 'worker_processes auto, sendfile, access_log off')) serves the very bytes Factwire answered, saved to files."
  echo "  Server: \`java $JAVA_OPTS -jar target/factwire.jar\`, default configuration otherwise."
  echo
  echo "| what | measured (median) | target | |"
  echo "|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  if [ "${#NOTES[@]}" -gt 0 ]; then
    echo "Notes from this run:"
    echo
    printf -- '- %s\n' "${NOTES[@]}"
    echo
  fi
  echo "<details><summary>Every measurement (metric, run, value)</summary>"
  echo
  echo '```'
  cat "$RAW"
  echo '```'
  echo "</details>"
} > "$OUT/RESULTS.generated.md"

# Keep the hand-written analysis below the marker when rewriting bench/RESULTS.md.
RESULTS=$ROOT/bench/RESULTS.md
if [ -f "$RESULTS" ] && grep -q '^<!-- analysis -->' "$RESULTS"; then
  { cat "$OUT/RESULTS.generated.md"; echo; sed -n '/^<!-- analysis -->/,$p' "$RESULTS"; } > "$OUT/RESULTS.md.new"
else
  cp "$OUT/RESULTS.generated.md" "$OUT/RESULTS.md.new"
fi
mv "$OUT/RESULTS.md.new" "$RESULTS"

echo
printf '%s\n' "| what | measured (median) | target | |" "|---|---|---|---|" "${ROWS[@]}"
[ "${#NOTES[@]}" -eq 0 ] || printf -- '- %s\n' "${NOTES[@]}"
echo
echo "Wrote bench/RESULTS.md (raw figures in bench/out/raw.tsv, wrk output in bench/out/wrk.log)."
