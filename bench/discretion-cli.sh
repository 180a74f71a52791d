#!/usr/bin/env bash
# End-to-end timing of the headless `discretion` command (JVM start, reading, analysis, writing the report), run on
# demand; results go to docs/benchmarks.md ("Discretion engine").
#   bench/discretion-cli.sh hh          the HH-RLHF fixture (../shared), 8 annotators, DA bootstrap 1000, DD 100
#   bench/discretion-cli.sh synthetic   generated 100,000 pairs x 21 principles x 5 annotators, same bootstraps
#   bench/discretion-cli.sh all         both (default)
# Options through the environment: RUNS (default 3), ITEMS (default 100000), SHARED (default ../shared).
# Needs the jar (./dev build) and, for the generator, the test classes (mvn test-compile).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-$(bin/find-jdk)}"; export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
JAR=target/latitude-0.1.0.jar
RUNS=${RUNS:-3}
ITEMS=${ITEMS:-100000}
SHARED=${SHARED:-../shared}
OUT=bench-out/discretion
[ -f "$JAR" ] || { echo "no $JAR: run ./dev build first" >&2; exit 1; }
mkdir -p "$OUT"

timed() {  # label, then the command's arguments after the jar
  local label=$1; shift
  for run in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    java -jar "$JAR" discretion "$@" --out "$OUT/$label" > "$OUT/$label.stdout"
    end=$(date +%s.%N)
    printf '%s run %d: %.2f s\n' "$label" "$run" "$(echo "$end - $start" | bc)"
  done
  cat "$OUT/$label.stdout"
}

hh() {
  local H="$SHARED/datasets/alignment-discretion-hh"
  local R="$H/reward_model_preferences" L="$H/llm_preferences"
  timed hh --principles "$H/principle_specific_preferences/hh_test_seed_4ob.csv" \
    --principle-texts "$H/principles/ccai_seed.txt" --principle-labels "$H/principles/ccai_seed_short.txt" \
    --constant-annotator human=+1 \
    --annotator "RM Llama3-8B=$R/Llama3-8B_reward_model_trained_in-hh-harmlesness_evaluated_in-hh-harmlesness_partition-test.csv:reward" \
    --annotator "RM Mistral-7B=$R/Mistral7B_reward_model_trained_in-hh-harmlesness_evaluated_in-hh-harmlesness_partition-test.csv:reward" \
    --annotator "RM most-downloaded=$R/reward_preference_data_reward_model-most_downloaded_hh_in_dataset_hh_partition-None.csv:reward" \
    --annotator "GPT-4o=$L/hh_test_generic_4ob.csv:generic-judge" \
    --annotator "DeepSeek-V3=$L/hh_test_generic_deepseekv3.csv:generic-judge" \
    --annotator "Sonnet 3.5=$L/hh_test_generic_sonnet3.5.csv:generic-judge" \
    --annotator "Llama3-8B fine-tuned (loglik)=$L/LLM_rewards_model_with_NA-Llama3-8B_data_trained-hh-harmlesness_dataset_eval-hh-harmlesness.csv:loglik" \
    --bootstrap 1000 --dd-bootstrap 100 --seed 42
}

synthetic() {
  local D="$OUT/synthetic-$ITEMS"
  if [ ! -f "$D/principle_preferences.csv" ]; then
    mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
      -Dmdep.includeScope=test
    java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
      org.latitude.discretion.bench.SyntheticDiscretionFiles "$D" "$ITEMS" 21 1
  fi
  timed "synthetic-$ITEMS-run" --principles "$D/principle_preferences.csv" --principle-texts "$D/principles.txt" \
    --annotator "human=$D/human.csv:preference" --annotator "rm-a=$D/reward_model_a.csv:reward" \
    --annotator "rm-b=$D/reward_model_b.csv:reward" --annotator "policy=$D/policy.csv:loglik" \
    --annotator "judge=$D/judge.csv:generic-judge" --bootstrap 1000 --dd-bootstrap 100 --seed 42
}

case "${1:-all}" in
  hh) hh ;;
  synthetic) synthetic ;;
  all) hh; synthetic ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
