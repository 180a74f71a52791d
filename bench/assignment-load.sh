#!/usr/bin/env bash
# Assignment load benchmark: 200,000 items, k = 3, 50 annotators looping next + submit; server-side latency.
#   bench/assignment-load.sh h2|postgres [items] [annotators] [seconds] [think-ms]
# think-ms 0 (default): every annotator loops without pause (saturation); otherwise a random 0.5-1.5 x think-ms pause.
# Results and the exact commands are recorded in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.latitude.assignment.bench.AssignmentLoadBench "${1:-h2}" "${2:-200000}" "${3:-50}" "${4:-60}" "${5:-0}"
