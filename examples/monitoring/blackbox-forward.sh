#!/usr/bin/env bash
# Forwards Prometheus blackbox-exporter probes to CX Metrics as availability samples.
#
# Run it from cron every minute, next to Prometheus:
#   * * * * * CX_INGEST_URL=... CX_INGEST_SECRET=... PROMETHEUS_URL=http://prometheus:9090 \
#             CX_THRESHOLD_MS=2000 /opt/cx/blackbox-forward.sh
#
# It asks Prometheus for each blackbox target's last probe (`probe_success` and
# `probe_duration_seconds`, labelled by `instance`), turns each into one NDJSON line
#   {"type":"availability","id":"<instance>@<minute>","service":"<instance>","at":"…",
#    "up":true|false,"responseMs":N|null,"thresholdMs":N}
# and posts them in one request. The id names the minute, so a run repeated within the same
# minute is recognised as a resend and stored once. Needs curl and jq.
set -euo pipefail

: "${CX_INGEST_URL:?the endpoint address from the CX Metrics admin page}"
: "${CX_INGEST_SECRET:?the secret made on the CX Metrics admin page}"
PROMETHEUS_URL="${PROMETHEUS_URL:-http://localhost:9090}"
CX_THRESHOLD_MS="${CX_THRESHOLD_MS:-2000}"

query() {
  curl -fsS --get "$PROMETHEUS_URL/api/v1/query" --data-urlencode "query=$1" |
    jq -c '.data.result[] | {instance: .metric.instance, value: (.value[1] | tonumber)}'
}

minute="$(date -u +%Y-%m-%dT%H:%M:00Z)"
body="$(
  jq -nc --arg at "$minute" --argjson threshold "$CX_THRESHOLD_MS" \
    --slurpfile success <(query 'probe_success') \
    --slurpfile duration <(query 'probe_duration_seconds') '
    ($duration | map({key: .instance, value: .value}) | from_entries) as $seconds
    | $success[]
    | {
        type: "availability",
        id: "\(.instance)@\($at)",
        service: .instance,
        at: $at,
        up: (.value == 1),
        responseMs: (if .value == 1 and $seconds[.instance] != null then ($seconds[.instance] * 1000 | round) else null end),
        thresholdMs: $threshold
      }'
)"

if [ -z "$body" ]; then
  echo "Prometheus has no blackbox probes (probe_success) to forward." >&2
  exit 1
fi

status="$(
  curl -sS -o /dev/stderr -w '%{http_code}' -X POST "$CX_INGEST_URL" \
    -H "Authorization: Bearer $CX_INGEST_SECRET" \
    -H 'Content-Type: application/x-ndjson' \
    --data-binary "$body"
)"
# 200: stored. 422: a line was refused and nothing stored (the admin page names the line).
# 429: over 60 requests a minute. Anything but 200 fails the cron run, so it is noticed.
[ "$status" = 200 ]
