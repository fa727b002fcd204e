#!/usr/bin/env bash
# A synthetic transaction from cron, as a user would make it: fetch a page and time the answer,
# then send one availability sample to CX Metrics.
#   */5 * * * * CX_INGEST_URL=... CX_INGEST_SECRET=... /opt/cx/cron-probe.sh Email https://mail.example.com/ 2000
set -euo pipefail
service="$1" url="$2" threshold="${3:-2000}"
at="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
if seconds="$(curl -fsS -o /dev/null -m 30 -w '%{time_total}' "$url")"; then
  up=true responseMs="$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"
else
  up=false responseMs=null
fi
printf '{"type":"availability","id":"%s@%s","service":"%s","at":"%s","up":%s,"responseMs":%s,"thresholdMs":%s}\n' \
  "$service" "$at" "$service" "$at" "$up" "$responseMs" "$threshold" |
  curl -fsS -X POST "$CX_INGEST_URL" \
    -H "Authorization: Bearer $CX_INGEST_SECRET" \
    -H 'Content-Type: application/x-ndjson' \
    --data-binary @-
