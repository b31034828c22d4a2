#!/usr/bin/env bash
# The provisioning burst of issue 8 (results in tenant-schemes/BENCHMARK.md, "Provisioning burst"):
# BURST provisioning requests at once (a province onboarding its counties: distinct codes below
# 吉安市, as jx-admin), while another tenant's read, GET /api/tenants/zhangzhou as zz-viewer, is
# sent one after the other; the read's latency is measured before (baseline) and during the burst.
#
# Needs a running stack (mvn -P run package) and curl. Loopback only. Each run provisions new
# tenants (codes with a random prefix) that stay: run it on a development stack, not a shared one.
# Settings (environment): BASE (http://localhost:8080), ISSUER (http://localhost:8180/realms/kaoping),
# BURST (100), BASELINE_READS (200).
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
ISSUER=${ISSUER:-http://localhost:8180/realms/kaoping}
BURST=${BURST:-100}
BASELINE_READS=${BASELINE_READS:-200}

for url in "$BASE" "$ISSUER"; do
  case "$url" in
    http://localhost:*|http://127.0.0.1:*) ;;
    *) echo "loopback only: $url" >&2; exit 2 ;;
  esac
done

token() {
  curl -sf -d grant_type=password -d client_id=kaoping-cli -d "username=$1" -d password=demo \
      "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
ADMIN=$(token jx-admin) && READER=$(token zz-viewer)
[ -n "$ADMIN" ] && [ -n "$READER" ] || { echo "no token from $ISSUER" >&2; exit 1; }

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

read_once() { # prints "status seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $READER" "$BASE/api/tenants/zhangzhou"
}
summary() { # file of "status seconds": count, non-200, p50, p95, max in ms
  sort -k2 -n "$1" | awk 'function at(q,  i) {i = int(NR * q + 0.999999); return s[(i < 1) ? 1 : i]}
      {s[NR] = $2 * 1000; if ($1 != 200) bad++}
      END {printf "%d reads, %d not 200, p50 %.0f ms, p95 %.0f ms, max %.0f ms", NR, bad, at(0.5), at(0.95), s[NR]}'
}

[ "$(read_once | cut -d' ' -f1)" = 200 ] || { echo "GET /api/tenants/zhangzhou is not 200" >&2; exit 1; }
for _ in $(seq 1 "$BASELINE_READS"); do read_once; done > "$OUT/baseline"

prefix="bench$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
( while [ ! -e "$OUT/done" ]; do read_once; done > "$OUT/during" ) &
reader=$!
start=$(date +%s.%N)
# One curl process sends the whole burst (--parallel): a process per request loaded the two
# cores more than the server did. Each request's status and time go to $OUT/burst.
for i in $(seq 1 "$BURST"); do
  code="$prefix-$i"
  printf '%s' '{"code": "'"$code"'", "name": "峡江县", "level": "COUNTY", "parent": "jian",
    "template": {"file": "xingan/yangguang-2006.scheme.json"}, "year": 2026,
    "admin": {"username": "'"$code"'-admin", "email": "'"$code"'-admin@kaoping.example"}}' > "$OUT/body-$i"
  [ "$i" = 1 ] || echo next
  printf 'url = "%s/api/tenants"\n' "$BASE"
  printf 'header = "Authorization: Bearer %s"\n' "$ADMIN"
  echo 'header = "Content-Type: application/json"'
  printf 'data-binary = "@%s/body-%s"\n' "$OUT" "$i"
  echo 'output = "/dev/null"'
  printf 'dump-header = "%s/h-%s"\n' "$OUT" "$i"
  echo 'write-out = "%{http_code} %{time_total}\n"'
done > "$OUT/burst.curl"
curl -s --parallel --parallel-immediate --parallel-max "$BURST" -K "$OUT/burst.curl" > "$OUT/burst" &
wait $(jobs -p | grep -v "^$reader\$")
end=$(date +%s.%N)
touch "$OUT/done"
wait "$reader"

with_retry_after=$(grep -li '^retry-after:' "$OUT"/h-* | wc -l)
printf '\nprovisioning burst of %s at once, %s, %s cores\n' "$BURST" "$(date -u +%FT%TZ)" "$(nproc)"
awk -v total="$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" -v ra="$with_retry_after" \
    '{n[$1]++; if ($2 > max) max = $2}
     END {printf "burst: %.1f s in all, slowest answer %.1f s;", total, max;
          for (s in n) printf " %s: %d", s, n[s]; printf " (Retry-After on %d)\n", ra}' "$OUT/burst"
printf 'other tenant read, baseline: %s\n' "$(summary "$OUT/baseline")"
printf 'other tenant read, during the burst: %s\n' "$(summary "$OUT/during")"
