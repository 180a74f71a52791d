#!/usr/bin/env bash
# Export benchmark in the whole application on H2 (docs/benchmarks.md, "Exports"):
#   bench/export.sh [items=100000] [annotators=5] [FORMAT,FORMAT,...]
# 100,000 items x 5 annotators = 500,000 annotations by default; every safety export is timed with its peak heap.
# The JVM runs with -Xmx256m (override with BENCH_JAVA_OPTS): the exports must stream to fit.
# Prints the load average before and after, to be recorded with every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -q test-compile -Dvaadin.skip dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "wall %e s, max RSS %M KiB" java ${BENCH_JAVA_OPTS:--Xmx256m} \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.latitude.export.bench.ExportBench "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
