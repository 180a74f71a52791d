#!/usr/bin/env bash
# Times the import of generated exchanges (docs/benchmarks.md, "Datasets, assignment and import").
#   bench/dataset-import.sh [engine|app] [h2|postgres] [items=100000] [runs=3]
# engine: the importer alone over plain JDBC; app: the whole application started in the JVM, DatasetService.importFile.
# The JVM runs with -Xmx512m (override with BENCH_JAVA_OPTS). PostgreSQL: the local server (LATITUDE_TEST_PG_URL).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.latitude.dataset.bench.DatasetImportBench "$@"
