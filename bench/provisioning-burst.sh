#!/usr/bin/env bash
# The provisioning burst of issue 8 (results in tenant-schemes/BENCHMARK.md, "Provisioning burst"):
# BURST provisioning requests at once (a province onboarding its counties: distinct codes below
# 吉安市, as jx-admin), while another tenant's read, GET /api/tenants/zhangzhou as zz-viewer, is
# sent one after the other; the read's latency is measured before (baseline) and during the burst.
#
# Needs a running stack (mvn -P run package) and curl. Loopback only. Each run provisions new
# tenants (codes with a random prefix) that stay: run it on a development stack, not a shared one.
# Settings (environment): BASE (http://localhost:8080), ISSUER (http://localhost:8180/realms/kaoping),
# BURST (100), BASELINE_READS (200), ROUNDS (3: baseline and burst, each round; the medians of the
# rounds' ratios are printed last), PAUSE (5: seconds between rounds).
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
ISSUER=${ISSUER:-http://localhost:8180/realms/kaoping}
BURST=${BURST:-100}
BASELINE_READS=${BASELINE_READS:-200}
ROUNDS=${ROUNDS:-3}
PAUSE=${PAUSE:-5}

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

percentile() { # file of "status seconds", quantile: the latency in ms
  sort -k2 -n "$1" | awk -v q="$2" '{s[NR] = $2 * 1000} END {i = int(NR * q + 0.999999); printf "%.1f", s[(i < 1) ? 1 : i]}'
}

# One round: the read alone (baseline), then during a burst; prints both and appends
# "p50 ratio, p95 ratio" (during / alone) to $OUT/ratios.
round() {
  local r=$1 dir="$OUT/round-$1"
  mkdir -p "$dir"
  for _ in $(seq 1 "$BASELINE_READS"); do read_once; done > "$dir/baseline"

  local prefix="bench$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
  ( while [ ! -e "$dir/done" ]; do read_once; done > "$dir/during" ) &
  local reader=$!
  local start=$(date +%s.%N)
  # One curl process sends the whole burst (--parallel): a process per request loaded the two
  # cores more than the server did. Each request's status and time go to $dir/burst.
  for i in $(seq 1 "$BURST"); do
    code="$prefix-$i"
    printf '%s' '{"code": "'"$code"'", "name": "峡江县", "level": "COUNTY", "parent": "jian",
      "template": {"file": "xingan/yangguang-2006.scheme.json"}, "year": 2026,
      "admin": {"username": "'"$code"'-admin", "email": "'"$code"'-admin@kaoping.example"}}' > "$dir/body-$i"
    [ "$i" = 1 ] || echo next
    printf 'url = "%s/api/tenants"\n' "$BASE"
    printf 'header = "Authorization: Bearer %s"\n' "$ADMIN"
    echo 'header = "Content-Type: application/json"'
    printf 'data-binary = "@%s/body-%s"\n' "$dir" "$i"
    echo 'output = "/dev/null"'
    printf 'dump-header = "%s/h-%s"\n' "$dir" "$i"
    echo 'write-out = "%{http_code} %{time_total}\n"'
  done > "$dir/burst.curl"
  curl -s --parallel --parallel-immediate --parallel-max "$BURST" -K "$dir/burst.curl" > "$dir/burst" 2> "$dir/burst.err"
  local end=$(date +%s.%N)
  touch "$dir/done"
  wait "$reader"

  local with_retry_after=$(grep -li '^retry-after:' "$dir"/h-* | wc -l)
  printf '\nround %s: provisioning burst of %s at once, %s, %s cores\n' "$r" "$BURST" "$(date -u +%FT%TZ)" "$(nproc)"
  awk -v total="$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" -v ra="$with_retry_after" \
      '{n[$1]++; if ($2 > max) max = $2}
       END {printf "burst: %.1f s in all, slowest answer %.1f s;", total, max;
            for (s in n) printf " %s: %d", s, n[s]; printf " (Retry-After on %d)\n", ra}' "$dir/burst"
  printf 'other tenant read, baseline: %s\n' "$(summary "$dir/baseline")"
  printf 'other tenant read, during the burst: %s\n' "$(summary "$dir/during")"
  awk -v a50="$(percentile "$dir/baseline" 0.5)" -v d50="$(percentile "$dir/during" 0.5)" \
      -v a95="$(percentile "$dir/baseline" 0.95)" -v d95="$(percentile "$dir/during" 0.95)" \
      'BEGIN {printf "%.2f %.2f\n", d50 / a50, d95 / a95}' >> "$OUT/ratios"
}

for r in $(seq 1 "$ROUNDS"); do
  [ "$r" = 1 ] || sleep "$PAUSE" # let the last burst's work (Keycloak, PostgreSQL, the JIT) end before the next baseline
  round "$r"
done
# A p95 of one round's 50-100 reads is its 3rd-5th slowest read: the rounds' reads are also pooled.
cat "$OUT"/round-*/baseline > "$OUT/all-baseline"
cat "$OUT"/round-*/during > "$OUT/all-during"
printf '\nall %s rounds: other tenant read, baseline: %s\n' "$ROUNDS" "$(summary "$OUT/all-baseline")"
printf 'all %s rounds: other tenant read, during the bursts: %s\n' "$ROUNDS" "$(summary "$OUT/all-during")"
printf 'during the bursts / alone: pooled p50 x%s, p95 x%s; median of the rounds p50 x%s, p95 x%s\n' \
    "$(awk -v a="$(percentile "$OUT/all-baseline" 0.5)" -v d="$(percentile "$OUT/all-during" 0.5)" 'BEGIN {printf "%.2f", d / a}')" \
    "$(awk -v a="$(percentile "$OUT/all-baseline" 0.95)" -v d="$(percentile "$OUT/all-during" 0.95)" 'BEGIN {printf "%.2f", d / a}')" \
    "$(sort -n -k1 "$OUT/ratios" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')" \
    "$(sort -n -k2 "$OUT/ratios" | awk '{a[NR] = $2} END {print a[int((NR + 1) / 2)]}')"
