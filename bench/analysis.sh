#!/usr/bin/env bash
# Campaign-analysis benchmark in the whole application (docs/benchmarks.md, "Campaign analysis").
#   bench/analysis.sh [h2|postgres] [items=100000] [annotators=5] [models=2] [runs=2]
# 100,000 items x 5 annotators (500,000 annotations) + 2 model raters by default. The JVM runs with -Xmx1g
# (override with BENCH_JAVA_OPTS). PostgreSQL: the local server (LATITUDE_TEST_PG_URL).
# Prints the load average before and after, to be recorded with every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -q test-compile -Dvaadin.skip dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.latitude.analysis.bench.AnalysisBench "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
