#!/usr/bin/env bash
# End-to-end agreement benchmark (run on demand; results in docs/benchmarks.md, "Agreement engine").
# Generates N units x M coders (4 categories, 30 % missing, latent-class coders of accuracy 0.7; ~7 M rows for
# the defaults), then times on the same file, in the same run, RUNS times each, interleaved:
#   analyze   java -Xmx1g -jar target/latitude-<version>.jar analyze --ratings FILE --out DIR   (all default measures)
#   aot       the same with -XX:AOTCache=target/latitude-<version>.aot (trained by the build on JDK 25+), if present
#   bare      bench/BareAlpha.java: a bare single-pass reader + nominal alpha (the floor; no checks, no other measure)
#   nltk      NLTK from PyPI (3.10.x) in a virtual environment: AnnotationTask.alpha (bench/nltk_alpha.py)
#   dkpro     DKPro Agreement 2.2.0 nominal alpha, java -Xmx8g (test classpath); skipped with DKPRO=0
#   before    with BASELINE_JAR=path/to/an/older/latitude.jar: that jar's analyze, for before/after in one run
# and prints a table of wall time, CPU time (user + system) and peak RSS per run, the medians and the ratios. The
# machine may be shared: the load average is printed before and after; compare CPU time, and figures of one run only.
#   bench/agreement-e2e.sh                 defaults: UNITS=1000000 CODERS=10 RUNS=3
#   UNITS=100000 RUNS=1 DKPRO=0 bench/agreement-e2e.sh
#   NLTK_VENV=/path/to/venv bench/agreement-e2e.sh    (default: ../reader-venv, then .venv-nltk)
# To make the NLTK environment: python3 -m venv VENV && VENV/bin/pip install 'nltk==3.10.*'
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
UNITS=${UNITS:-1000000}; CODERS=${CODERS:-10}; RUNS=${RUNS:-3}; OUT=${OUT:-bench-out/agreement}; DKPRO=${DKPRO:-1}
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
JAR="target/latitude-$VERSION.jar"
AOT="target/latitude-$VERSION.aot"
if [ -z "${NLTK_VENV:-}" ]; then
  for v in ../reader-venv .venv-nltk; do [ -x "$v/bin/python" ] && NLTK_VENV=$v && break; done
fi
PY="${NLTK_VENV:-.venv-nltk}/bin/python"
[ -x "$PY" ] && "$PY" -c 'import nltk' 2>/dev/null || {
  echo "error: no NLTK virtual environment at ${NLTK_VENV:-.venv-nltk} (set NLTK_VENV)." >&2
  echo "  make one: python3 -m venv .venv-nltk && .venv-nltk/bin/pip install 'nltk==3.10.*'" >&2
  exit 1; }
NLTK_VERSION=$("$PY" -c 'import nltk; print(nltk.__version__)')
[ -f "$JAR" ] || ./dev build
mkdir -p "$OUT"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
mkdir -p "$OUT/bare" && javac -d "$OUT/bare" bench/BareAlpha.java
CSV="$OUT/ratings_${UNITS}x${CODERS}.csv"
[ -f "$CSV" ] || java -cp "$CP" org.latitude.agreement.bench.BenchmarkData "$CSV" "$UNITS" "$CODERS" 7
echo "file: $CSV ($(wc -l < "$CSV") lines, $(du -h "$CSV" | cut -f1)); $(nproc) cores; java $(java -version 2>&1 \
  | head -1 | cut -d'"' -f2); NLTK $NLTK_VERSION ($PY)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A WALL CPU
ROWS=()
run() {
  local name=$1; shift
  local log="$OUT/$name.time"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" > "$OUT/$name.out" 2>&1
  read -r wall user sys rss < "$log"
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  WALL[$name]="${WALL[$name]:-} $wall"; CPU[$name]="${CPU[$name]:-} $cpu"
  ROWS+=("$(printf '| %-8s | %2d | %7.2f | %7.2f | %6d | %-5s |' "$name" "$i" "$wall" "$cpu" "$((rss / 1024))" \
    "$(cut -d' ' -f1 /proc/loadavg)")")
}
NAMES=(analyze bare nltk)
[ -f "$AOT" ] && NAMES=(analyze aot bare nltk)
[ "$DKPRO" = 1 ] && NAMES+=(dkpro)
[ -n "${BASELINE_JAR:-}" ] && NAMES=(before "${NAMES[@]}")
for i in $(seq "$RUNS"); do
  [ -n "${BASELINE_JAR:-}" ] && run before java -Xmx1g -jar "$BASELINE_JAR" analyze --ratings "$CSV" --out "$OUT/report-before"
  run analyze java -Xmx1g -jar "$JAR" analyze --ratings "$CSV" --out "$OUT/report"
  [ -f "$AOT" ] && run aot java -XX:AOTCache="$AOT" -Xmx1g -jar "$JAR" analyze --ratings "$CSV" --out "$OUT/report-aot"
  run bare java -Xmx1g -cp "$OUT/bare" BareAlpha "$CSV"
  run nltk "$PY" bench/nltk_alpha.py "$CSV"
  [ "$DKPRO" = 1 ] && run dkpro java -Xmx8g -cp "$CP" org.latitude.agreement.bench.DkproAlphaHarness "$CSV"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| program  | run | wall s  | cpu s   | RSS MiB | load  |"
echo "|----------|-----|---------|---------|---------|-------|"
printf '%s\n' "${ROWS[@]}"
median() { tr ' ' '\n' <<< "$1" | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo
echo "| program  | median wall s | median cpu s |"
echo "|----------|---------------|--------------|"
for n in "${NAMES[@]}"; do printf '| %-8s | %13s | %12s |\n' "$n" "$(median "${WALL[$n]}")" "$(median "${CPU[$n]}")"; done
ratio() { awk -v a="$(median "$1")" -v b="$(median "$2")" 'BEGIN {printf "%.2f", a / b}'; }
echo
for a in analyze ${WALL[aot]+aot}; do
  echo "$a: nltk/$a wall $(ratio "${WALL[nltk]}" "${WALL[$a]}")x, cpu $(ratio "${CPU[nltk]}" "${CPU[$a]}")x;" \
    "$a/bare wall $(ratio "${WALL[$a]}" "${WALL[bare]}")x, cpu $(ratio "${CPU[$a]}" "${CPU[bare]}")x" \
    "(goals: nltk/analyze >= 8, analyze/bare <= 2)"
done
grep -h 'alpha=' "$OUT/bare.out" "$OUT/nltk.out" | sed 's/ ratings=.*//'
grep -A3 '"measure": "alpha_nominal"' "$OUT/report/report.json" | grep '"value"' | head -1 \
  | sed 's/^ */latitude alpha_nominal: /'
