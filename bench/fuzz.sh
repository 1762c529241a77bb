#!/usr/bin/env bash
# Fuzzes the extractor and the JSON article input with Jazzer, one target after the other, each for the
# @FuzzTest's maxDuration (3 minutes). Findings stop the run and are written as crash-* files (reproduce them
# by copying one into the target's *Inputs/ resource directory, which `mvn verify` replays). The corpus grows in
# .cifuzz-corpus/ and is reused by the next run. Expect about 2 GB of memory per target.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
status=0
for target in 'ExtractorFuzzTest' 'ArticleInputFuzzTest'; do
  echo "== $target"
  JAZZER_FUZZ=1 mvn -B -o surefire:test@fuzz-regression -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    | tee "target/fuzz-$target.log" | grep -E 'Done [0-9]+ runs|#[0-9]+.*(DONE|pulse)|Tests run|==[0-9]+==|FAIL' || true
  grep -q 'BUILD SUCCESS' "target/fuzz-$target.log" || status=1
done
exit $status
