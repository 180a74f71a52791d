#!/usr/bin/env bash
# Judge-module benchmarks in the whole application (docs/benchmarks.md, "Model judgments").
#   bench/judge.sh import [h2|postgres] [pairs=48000] [runs=2]        1,008,000 principle-specific rows by default
#   bench/judge.sh live [h2|postgres] [delayMs=0] [pairs=3000] [concurrency=32] [runs=2]
# The JVM runs with -Xmx512m (override with BENCH_JAVA_OPTS). PostgreSQL: the local server (LATITUDE_TEST_PG_URL).
# Prints the load average before and after, to be recorded with every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -q test-compile -Dvaadin.skip dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.latitude.judge.bench.JudgeBench "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
