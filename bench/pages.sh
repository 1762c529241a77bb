#!/usr/bin/env bash
# Pages per CPU-second on one core: HTML in (decode, parse, find the article and metadata), text extracted,
# article stored in SQLite. Usage: bench/pages.sh [PAGES_DIR] [COPIES]   (defaults: the page test set, 20 copies)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -XX:ActiveProcessorCount=1 -Xmx256m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.factwire.bench.PageBenchmark "${1:-src/test/resources/html}" "${2:-20}" 2>/dev/null
