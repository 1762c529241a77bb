#!/usr/bin/env bash
# What OpenNLP's part-of-speech tagger would cost beside the extractor, on one thread, same articles (issue 14, part 3).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -XX:ActiveProcessorCount=1 -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.factwire.bench.PosTaggerCost "${1:-src/test/resources/corpus}"
