#!/usr/bin/env bash
# End to end through the REST API with curl alone: import a dataset, create and start a safety-label campaign, and
# export its annotations. What a pipeline does; run by EndToEndScriptTest against the started application.
#
#   LATITUDE_URL=http://localhost:8080 LATITUDE_TOKEN=lat_… docs/api/e2e.sh [dataset.jsonl] [output-directory]
#
# The token needs the admin scope (it covers every scope; create it on the account page). Every step stops the
# script with the server's problem detail when it fails. Needs bash, curl ≥ 7.76, sed and grep.
set -euo pipefail

: "${LATITUDE_URL:?set LATITUDE_URL, e.g. http://localhost:8080}"
: "${LATITUDE_TOKEN:?set LATITUDE_TOKEN to a personal access token (lat_…)}"
dataset_file=${1:-"$(dirname "$0")/example-dataset.jsonl"}
out=${2:-.}
mkdir -p "$out"

api() { curl --silent --show-error --fail-with-body -H "Authorization: Bearer $LATITUDE_TOKEN" "$@"; }
# the first numeric value of a member in a JSON document on stdin
number() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; }

echo "== who am I"
api "$LATITUDE_URL/api/v1/me"
echo

echo "== import $dataset_file (retried safely: same Idempotency-Key, same answer)"
key="e2e-$(date +%s)-$$"
name="e2e dataset $key"
report=$(api -X POST -H "Idempotency-Key: $key" -F "file=@$dataset_file" -F "name=$name" -F "format=GENERIC_JSONL" \
  "$LATITUDE_URL/api/v1/datasets")
echo "$report"
dataset=$(echo "$report" | number datasetId)
again=$(api -X POST -H "Idempotency-Key: $key" -F "file=@$dataset_file" -F "name=$name" -F "format=GENERIC_JSONL" \
  "$LATITUDE_URL/api/v1/datasets" | number datasetId)
[ "$again" = "$dataset" ] || { echo "the repeated upload answered dataset $again, not $dataset" >&2; exit 1; }

echo "== the Aegis 2.0 taxonomy (installed from the bundled preset if needed)"
api -X POST "$LATITUDE_URL/api/v1/taxonomies/presets/aegis-2.0.json" >/dev/null
taxonomy=$(api "$LATITUDE_URL/api/v1/taxonomies?key=aegis-2.0" | number versionId)
echo "taxonomy version $taxonomy"

echo "== create the campaign"
campaign_json=$(api -X POST -H "Content-Type: application/json" "$LATITUDE_URL/api/v1/campaigns" -d @- <<JSON
{"name": "e2e campaign $key", "taskType": "SAFETY_LABEL", "taxonomyVersionId": $taxonomy,
 "datasetIds": [$dataset], "overlap": 1, "guidelines": "Label each exchange."}
JSON
)
campaign=$(echo "$campaign_json" | number id)
echo "campaign $campaign"

echo "== start it"
api -X POST "$LATITUDE_URL/api/v1/campaigns/$campaign/activate"
echo
api "$LATITUDE_URL/api/v1/campaigns/$campaign/progress" | grep -o '"items":[0-9]*'

echo "== export the annotations (streamed to files)"
api -o "$out/consensus.aegis.jsonl" "$LATITUDE_URL/api/v1/campaigns/$campaign/exports/AEGIS_CONSENSUS_JSONL"
api -o "$out/labels.long.csv" "$LATITUDE_URL/api/v1/campaigns/$campaign/exports/SAFETY_LONG_CSV"
echo "wrote $out/consensus.aegis.jsonl ($(wc -l < "$out/consensus.aegis.jsonl") lines) and $out/labels.long.csv"
echo "== done: dataset $dataset, campaign $campaign"
