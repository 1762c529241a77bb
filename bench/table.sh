#!/usr/bin/env bash
# Rewrites the top of bench/RESULTS.md from every size bench/run.sh measured (bench/results/raw-N.tsv and
# meta-N.txt): one table, a column per archive size, so the growth of each cost is visible. The hand-written
# analysis below the `<!-- analysis -->` marker is kept. Run by bench/run.sh; safe to run alone.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=bench/results
mkdir -p bench/out
mapfile -t SIZES < <(ls "$DIR"/raw-*.tsv 2>/dev/null | sed 's/.*raw-\([0-9]*\)\.tsv/\1/' | sort -n)
[ "${#SIZES[@]}" -gt 0 ] || { echo "bench/table.sh: nothing in $DIR yet; run bench/run.sh" >&2; exit 1; }

# median FILE METRIC; runs_of FILE METRIC; ratio FILE A B (median of per-run A/B)
median() { awk -F'\t' -v m="$2" '$1 == m { print $3 }' "$1" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { awk -F'\t' -v m="$2" '$1 == m && (max == "" || $3 + 0 > max + 0) { max = $3 } END { print max }' "$1"; }
ratio() {
  awk -F'\t' -v a="$2" -v b="$3" '$1 == a { x[$2] = $3 } $1 == b { y[$2] = $3 }
    END { for (r in x) if (r in y && y[r] > 0) printf "%.4f\n", x[r] / y[r] }' "$1" |
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
meta() { sed -n "s/^$2=//p" "$DIR/meta-$1.txt" | head -1; }
or_dash() { if [ -n "$1" ]; then echo "$1"; else echo "—"; fi; }

# cell SIZE KIND ARGS…: one figure of one size
cell() {
  local f=$DIR/raw-$1.tsv kind=$2
  case $kind in
    nginx) # name
      local rt; rt=$(ratio "$f" "fw.$3.rps" "ng.$3.rps")
      if [ -z "$rt" ]; then echo "—"; else
        echo "**${rt}×** ($(median "$f" "fw.$3.rps") vs $(median "$f" "ng.$3.rps") req/s; p99 $(median "$f" "fw.$3.p99") ms)"; fi ;;
    p50p99) # metric prefix
      local a b; a=$(median "$f" "$3.p50"); b=$(median "$f" "$3.p99")
      if [ -z "$b" ]; then echo "—"; else echo "$a / **$b** ms"; fi ;;
    search16)
      local q; q=$(median "$f" search16.rps)
      if [ -z "$q" ]; then echo "—"; else echo "$q q/s; p99 **$(median "$f" search16.p99)** ms"; fi ;;
    rate) or_dash "$(median "$f" "$3")" ;;
    cold) # suffix
      local ms; ms=$(median "$f" "cold_start_ms$3")
      if [ -z "$ms" ]; then echo "—"; else echo "**$ms** ms ($(median "$f" "cold_start_cpu_ms$3") ms CPU)"; fi ;;
    rss)
      local a; a=$(median "$f" rss_mb)
      if [ -z "$a" ]; then echo "—"; else echo "$a MB after the loads; peak **$(maximum "$f" rss_peak_mb)** MB"; fi ;;
    export)
      local a; a=$(median "$f" export_rss_peak_mb)
      if [ -z "$a" ]; then echo "—"; else echo "peak **$a** MB, $(median "$f" export_mb) MB at $(median "$f" export_mb_per_s) MB/s"; fi ;;
    size)
      local r; r=$(median "$f" db_ratio)
      if [ -z "$r" ]; then echo "—"; else echo "**${r}×** ($(median "$f" db_mb) MB for $(median "$f" text_mb) MB)"; fi ;;
    meta) or_dash "$(meta "$1" "$3")" ;;
  esac
}

label() { case $1 in 10000) echo 10k ;; 100000) echo 100k ;; 1000000) echo 1M ;; *) echo "$1" ;; esac; }
COLS=(10000 100000 1000000)
for s in "${SIZES[@]}"; do
  case " ${COLS[*]} " in *" $s "*) ;; *) COLS+=("$s") ;; esac
done
mapfile -t COLS < <(printf '%s\n' "${COLS[@]}" | sort -n)

ROWS=()
row() { # label target kind args…
  local label=$1 target=$2 line s; shift 2
  line="| $label | $target |"
  for s in "${COLS[@]}"; do
    if [ -f "$DIR/raw-$s.tsv" ]; then line+=" $(cell "$s" "$@") |"; else line+=" not run |"; fi
  done
  ROWS+=("$line")
}
row "GET one whole article, 64 conn., × nginx" "≥ 0.55×" nginx article
row "304 revalidation, 64 conn., × nginx" "≥ 0.55×" nginx not_modified
row "GET list of 20, 64 conn., × nginx" "≥ 0.30×" nginx list
row "GET one article's facts by type, 64 conn., × nginx" "≥ 0.30×" nginx facts
row "GET /v1/search?q=Kyiv (cached), 64 conn., × nginx" "≥ 0.30×" nginx search
row "search, 16 conn., random 2-word queries (mostly uncached)" "p99 ≤ 50 ms" search16
row "search, one client, random 1–3-word queries, uncached: p50 / p99" "p99 ≤ 50 ms; 1M: ≤ 100 ms" p50p99 single.search
row "\`/v1/articles?sort=-published\`, one client, first and followed pages: p50 / p99" "p99 ≤ 10 ms" p50p99 single.list_published_desc
row "\`/v1/facts?type=troop_count&min=N\`, one client: p50 / p99" "p99 ≤ 20 ms; 1M: ≤ 50 ms" p50p99 single.facts_troop_min
row "CLI ingest into an empty DB, articles/s (JVM start included)" "≥ 1,000/s" rate cli_ingest
row "HTTP ingest, 8 conn., articles/s" "≥ 300/s" rate http_ingest
row "building the archive by CLI ingest, articles/s (one run)" "(info)" rate large_build_rate
row "growing it by ReplicaBuilder, articles/s stored (no extraction)" "(info)" rate replica_store_rate
row "cold start to first 200, with the AppCDS archive (documented command)" "≤ 1,500 ms; 1M: ≤ 2,000 ms" cold ""
row "cold start to first 200, without AppCDS" "(info)" cold _nocds
row "resident memory (-Xmx256m)" "≤ 400 MB" rss
row "resident memory while \`/v1/export\` streams every article" "≤ 400 MB, flat" export
row "database size / article text size" "≤ 4×" size
row "how the archive was built" "" meta built
row "load average (1, 5, 15 min) at start; at end" "" meta load_start
row "" "" meta load_end
row "run took (s)" "" meta elapsed_s
row "when, commit" "" meta date

HEADER="| what | target (100k; 1M where it differs) |"
SEP="|---|---|"
for s in "${COLS[@]}"; do HEADER+=" $(label "$s") |"; SEP+="---|"; done

{
  echo "# Factwire benchmark results"
  echo
  echo "Written by \`bench/table.sh\` from the runs of \`bench/run.sh\` kept in \`bench/results/\` (one column per archive"
  echo "size; a size not run yet says so). Every figure is the median of the runs of its size unless it says peak;"
  echo "bold is the figure the target is about. Ratios compare Factwire and nginx serving the same bytes, measured one"
  echo "after the other in the same run. The machine has 2 cores shared with other builds: read the load average"
  echo "row before any absolute figure."
  echo
  for s in "${SIZES[@]}"; do
    echo "- $(label "$s"): \`$(meta "$s" command)\`; $(meta "$s" machine); server \`java $(meta "$s" java_opts) -jar target/factwire.jar\`."
    while IFS= read -r note; do [ -z "$note" ] || echo "  Note: $note"; done < <(sed -n 's/^note=//p' "$DIR/meta-$s.txt")
  done
  echo
  echo "$HEADER"
  echo "$SEP"
  printf '%s\n' "${ROWS[@]}"
  echo
} > bench/out/RESULTS.head.md

RESULTS=bench/RESULTS.md
if [ -f "$RESULTS" ] && grep -q '^<!-- analysis -->' "$RESULTS"; then
  { cat bench/out/RESULTS.head.md; sed -n '/^<!-- analysis -->/,$p' "$RESULTS"; } > bench/out/RESULTS.md.new
else
  cp bench/out/RESULTS.head.md bench/out/RESULTS.md.new
fi
mv bench/out/RESULTS.md.new "$RESULTS"
printf '%s\n' "$HEADER" "$SEP" "${ROWS[@]}"
