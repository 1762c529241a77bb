#!/usr/bin/env bash
# Extractor throughput on one thread over the test corpus (issue: >= 2,000 500-word articles/s per core).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -XX:ActiveProcessorCount=1 -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.factwire.bench.ExtractorBenchmark "${1:-src/test/resources/corpus}"
