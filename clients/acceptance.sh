#!/usr/bin/env bash
# Acceptance check of issue 11's HTTP items against the built jar (target/factwire.jar), over loopback only:
# strict parameters, 405 + Allow, 304 headers, IMF-fixdate, Accept q-values and 406, CORS refusals, absolute
# links, readable ids, request ids in JSON logs, metrics, liveness/readiness, the bound interface.
# Run after `mvn -B verify` (CI does, from .ci/run). Exits non-zero on the first failed check.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/factwire.jar
[ -f "$jar" ] || { echo "acceptance: $jar is missing; run mvn -B verify first" >&2; exit 2; }
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/articles"
cp data/articles/*.txt "$work/articles/"
PORT=0 FACTWIRE_HOST=127.0.0.1 FACTWIRE_DB="$work/f.db" FACTWIRE_DATA_DIR="$work/articles" \
  FACTWIRE_API_KEY=acceptance-key FACTWIRE_PUBLIC_URL=https://news.example/api FACTWIRE_LOG_FORMAT=json \
  java -Xmx256m -jar "$jar" > "$work/log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 60); do
  port=$(sed -n 's/.*listening on 127.0.0.1 port \([0-9]*\).*/\1/p' "$work/log" | head -1)
  [ -n "$port" ] && break
  sleep 1
done
[ -n "$port" ] || { echo "acceptance: the server did not start" >&2; cat "$work/log" >&2; exit 1; }
base="http://127.0.0.1:$port"
# the data folder is brought in after the server starts answering: wait for it
for _ in $(seq 1 60); do
  curl -s "$base/health" | grep -q '"state":"done"' && break
  sleep 1
done

failures=0
check() { # description, then a command that must succeed
  local what=$1
  shift
  if "$@" > /dev/null 2>&1; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
headers() { curl -s -o /dev/null -D - "$@" | tr -d '\r'; }

seed=north-korea-s-kim-jong-un-honors-soldiers-killed-in-ukraine-war
check "unknown query parameter is a 400 naming it" \
  sh -c "curl -s '$base/v1/articles?limt=5' | grep -q '\"parameter\":\"limt\"'"
check "wrong method is a 405 with Allow" \
  sh -c "curl -s -o /dev/null -D - -X PATCH '$base/v1/articles/$seed' | tr -d '\r' | grep -q '^Allow: GET, HEAD, PUT, DELETE$'"
etag=$(headers "$base/v1/articles/$seed" | sed -n 's/^ETag: //p')
check "304 has ETag, Cache-Control, Last-Modified, Vary and no body headers" sh -c "
  h=\$(curl -s -o /dev/null -D - -H 'If-None-Match: $etag' '$base/v1/articles/$seed' | tr -d '\r')
  echo \"\$h\" | grep -q '^HTTP/1.1 304' && echo \"\$h\" | grep -q '^ETag: ' && echo \"\$h\" | grep -q '^Cache-Control: ' \
    && echo \"\$h\" | grep -q '^Last-Modified: ' && echo \"\$h\" | grep -q '^Vary: ' \
    && ! echo \"\$h\" | grep -qi '^Content-Type:' && ! echo \"\$h\" | grep -qi '^Content-Length:'"
check "Last-Modified is IMF-fixdate" \
  sh -c "curl -s -o /dev/null -D - '$base/v1/articles/$seed' | tr -d '\r' | grep -Eq '^Last-Modified: [A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT$'"
check "Accept q-values pick JSON-LD" \
  sh -c "curl -s -o /dev/null -D - -H 'Accept: application/json;q=0.2, application/ld+json' '$base/v1/articles/$seed' | tr -d '\r' | grep -q '^Content-Type: application/ld+json'"
check "nothing acceptable is a 406" \
  sh -c "curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' '$base/v1/articles' | grep -q 406"
check "refused write preflight is readable and names FACTWIRE_CORS_WRITE_ORIGINS" sh -c "
  curl -s -D $work/h -X OPTIONS -H 'Origin: https://page.example' -H 'Access-Control-Request-Method: PUT' \
    '$base/v1/articles/$seed' | grep -q FACTWIRE_CORS_WRITE_ORIGINS && tr -d '\r' < $work/h | grep -q '^Access-Control-Allow-Origin: \*'"
check "preflight allows X-Request-Id and If-Match; Timing-Allow-Origin on reads" sh -c "
  curl -s -o /dev/null -D - -X OPTIONS -H 'Origin: https://page.example' -H 'Access-Control-Request-Method: GET' \
    '$base/v1/articles' | grep -q 'If-Match, If-Unmodified-Since, Prefer, X-Request-Id' \
  && curl -s -o /dev/null -D - -H 'Origin: https://page.example' '$base/v1/articles' | grep -q '^Timing-Allow-Origin: \*'"
check "links are absolute on FACTWIRE_PUBLIC_URL" \
  sh -c "curl -s '$base/v1/articles' | grep -q '\"link\":\"https://news.example/api/v1/articles/$seed\"'"
check "a Cyrillic title gets a readable id; Location is absolute" sh -c "
  curl -s -o /dev/null -D - -H 'Authorization: Bearer acceptance-key' -H 'Content-Type: application/json' \
    -d '{\"text\": \"Новий міст відкрито\\n\\nМіст відкрили в понеділок.\"}' '$base/v1/articles' \
    | tr -d '\r' | grep -q '^Location: https://news.example/api/v1/articles/novij-mist-vidkrito$'"
check "X-Request-Id is echoed and in the request's JSON log line" sh -c "
  curl -s -o /dev/null -D - -H 'X-Request-Id: acceptance-42' -X DELETE '$base/v1/articles/nothing' | grep -q 'acceptance-42' \
  && for _ in 1 2 3 4 5 6 7 8 9 10; do
       grep '\"requestId\":\"acceptance-42\"' $work/log | grep -q 'DELETE /v1/articles/nothing' && exit 0; sleep 1
     done; exit 1"
check "every log line is a JSON object" \
  node -e "require('fs').readFileSync('$work/log', 'utf8').split('\n').filter(Boolean).forEach(l => JSON.parse(l))"
check "metrics in Prometheus text by route template" \
  sh -c "curl -s '$base/metrics' | grep -q 'http_server_requests_seconds_bucket{method=\"GET\",route=\"/v1/articles/{id}\"'"
check "liveness and readiness" \
  sh -c "curl -sf '$base/health/live' | grep -q ok && curl -sf '$base/health/ready' | grep -q ok"
check "FACTWIRE_HOST=127.0.0.1 binds loopback only (127.0.0.2 is refused)" \
  sh -c "! curl -s -o /dev/null --connect-timeout 2 'http://127.0.0.2:$port/health/live'"

if [ "$failures" -gt 0 ]; then
  echo "acceptance: $failures check(s) failed; server log:" >&2
  cat "$work/log" >&2
  exit 1
fi
echo "acceptance: all checks passed against $jar"
