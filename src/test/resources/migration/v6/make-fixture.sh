#!/usr/bin/env bash
# Makes the V6 fixture of MigrationFromV6ApiTest with a jar of the last build before V7 (commit f155e72):
#   src/test/resources/migration/v6/make-fixture.sh OLD.jar
# It stores a few test-corpus articles from a data folder, posts one with metadata, replaces one and deletes one,
# records every answer the test compares (expected.json) and keeps a compact copy of the database (factwire.db).
# Run from the repository root after `mvn test-compile`; never by the build.
set -euo pipefail
JAR=$(realpath "$1")
cd "$(dirname "$0")/../../../../.."
HERE=src/test/resources/migration/v6
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
rm -rf "$HERE/articles" && mkdir -p "$HERE/articles"
for f in 001_nk_troops_seoul_wire 002_nk_prisoners_kursk_ranges \
         003_huliaipole_units_counts 004_albania_quake_dates 005_*; do
  cp src/test/resources/corpus/$f.txt "$HERE/articles/"
done
PORT=18099 KEY=fixture-key
export FACTWIRE_EXTRACT_TIMEOUT_MS=600000 FACTWIRE_DB=$WORK/factwire.db FACTWIRE_DATA_DIR=$HERE/articles FACTWIRE_API_KEY=$KEY PORT FACTWIRE_RATE_LIMIT=0
java -jar "$JAR" > "$WORK/server.log" 2>&1 &
PID=$!
until curl -fs "http://127.0.0.1:$PORT/health" | grep -q '"state":"done"'; do sleep 0.5; done
auth=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')
post() { jq -n --rawfile text "$1" "$2" | curl -fs "${auth[@]}" -X "$3" --data-binary @- "http://127.0.0.1:$PORT$4"; echo; }
post src/test/resources/corpus/006_*.txt \
  '{text: $text, publishedAt: "2025-03-04T08:15:00+02:00", source: "Invented Wire", url: "https://example.com/a",
    authors: ["Ana Lind"], tags: ["harbours", "storms"], lang: "en-GB", description: "An invented description."}' \
  POST /v1/articles
ids=($(curl -fs "http://127.0.0.1:$PORT/v1/articles?limit=100" | jq -r '.items[].id'))
post src/test/resources/corpus/007_*.txt '{text: $text, publishedAt: "2025-02-01"}' PUT "/v1/articles/${ids[1]}"
curl -fs -X DELETE -H "Authorization: Bearer $KEY" "http://127.0.0.1:$PORT/v1/articles/${ids[2]}"
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" io.factwire.store.MigrationFromV6ApiTest \
  "http://127.0.0.1:$PORT" "$HERE/expected.json"
rm -f "$HERE/factwire.db"
java -jar "$JAR" backup "$HERE/factwire.db"
