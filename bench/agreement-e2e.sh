#!/usr/bin/env bash
# End-to-end agreement benchmark (run on demand; results in docs/benchmarks.md, "Agreement engine").
# Generates N units x M coders (4 categories, 30 % missing, latent-class coders of accuracy 0.7; ~7 M rows for
# the defaults), then times on the same file, in the same run, RUNS times each:
#   latitude  java -Xmx1g -jar target/latitude-<version>.jar analyze --ratings FILE --out DIR   (all default measures)
#   bare      bench/BareAlpha.java: a bare single-pass reader + nominal alpha (the floor; no checks, no other measure)
#   nltk      /usr/bin/python3 bench/nltk_alpha.py FILE      (Debian python3-nltk: AnnotationTask.alpha)
#   dkpro     DKPro Agreement 2.2.0 nominal alpha, java -Xmx8g (test classpath)
# and prints wall time, CPU time (user + system) and peak RSS of each, the medians and the ratios. The machine is
# shared: the load average is printed first; compare figures from the same run only.
#   bench/agreement-e2e.sh                 defaults: UNITS=1000000 CODERS=10 RUNS=3
#   UNITS=100000 RUNS=1 bench/agreement-e2e.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
UNITS=${UNITS:-1000000}; CODERS=${CODERS:-10}; RUNS=${RUNS:-3}; OUT=${OUT:-bench-out/agreement}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
JAR="target/latitude-$VERSION.jar"
[ -f "$JAR" ] || ./dev build
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import nltk' 2>/dev/null \
  || { echo "error: needs Debian's python3-nltk (apt-get install -y python3-nltk)" >&2; exit 1; }
mkdir -p "$OUT"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p "$OUT/bare" && javac -d "$OUT/bare" bench/BareAlpha.java
CSV="$OUT/ratings_${UNITS}x${CODERS}.csv"
[ -f "$CSV" ] || java -cp "$CP" org.latitude.agreement.bench.BenchmarkData "$CSV" "$UNITS" "$CODERS" 7
echo "file: $CSV ($(wc -l < "$CSV") lines, $(du -h "$CSV" | cut -f1)); machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A WALL
run() {
  local name=$1; shift
  local log="$OUT/$name.time"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" > "$OUT/$name.out" 2>&1
  read -r wall user sys rss < "$log"
  WALL[$name]="${WALL[$name]:-} $wall"
  printf '%-8s %6.2f s wall %6.2f s cpu %6.0f MiB  %s\n' "$name" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" \
    "$((rss / 1024))" "$(grep -E 'alpha|analyze:' "$OUT/$name.out" | tail -1)"
}
for i in $(seq "$RUNS"); do
  run latitude java -Xmx1g -jar "$JAR" analyze --ratings "$CSV" --out "$OUT/report"
  run bare java -Xmx1g -cp "$OUT/bare" BareAlpha "$CSV"
  run nltk /usr/bin/python3 bench/nltk_alpha.py "$CSV"
  run dkpro java -Xmx8g -cp "$CP" org.latitude.agreement.bench.DkproAlphaHarness "$CSV"
done
median() { tr ' ' '\n' <<< "$1" | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
L=$(median "${WALL[latitude]}"); B=$(median "${WALL[bare]}"); N=$(median "${WALL[nltk]}"); D=$(median "${WALL[dkpro]}")
echo "median wall: latitude $L s, bare $B s, nltk $N s, dkpro $D s"
awk -v l="$L" -v b="$B" -v n="$N" -v d="$D" \
  'BEGIN {printf "ratios: nltk/latitude %.1fx, dkpro/latitude %.1fx, latitude/bare %.1fx\n", n/l, d/l, l/b}'
grep -A2 '"measure": "alpha_nominal"' "$OUT/report/report.json" | grep '"value"' | head -1 | sed 's/^ */latitude alpha_nominal: /'
