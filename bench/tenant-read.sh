#!/usr/bin/env bash
# The HTTP benchmark of issue 7 (results and method in tenant-schemes/BENCHMARK.md):
# an authenticated tenant read, GET /api/tenants/{tenant}, against the unauthenticated no-op
# GET /api/ping, with the same wrk settings in the same run, on loopback.
#
# Needs a running stack (mvn -P run package) and wrk (Debian: apt-get install wrk).
# Settings (environment): BASE (http://localhost:8080), ISSUER (http://localhost:8180/realms/kaoping),
# TENANT (xingan), BENCH_USER (viewer), THREADS (2), CONNECTIONS (16), DURATION (20s), WARMUP (10s),
# ROUNDS (3): the two endpoints are measured in turn, ROUNDS times, so that a change in the load of
# a shared machine falls on both; the ratio reported is the median of the rounds' ratios.
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
ISSUER=${ISSUER:-http://localhost:8180/realms/kaoping}
TENANT=${TENANT:-xingan}
BENCH_USER=${BENCH_USER:-viewer}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-3}

for url in "$BASE" "$ISSUER"; do
  case "$url" in
    http://localhost:*|http://127.0.0.1:*) ;;
    *) echo "loopback only: $url" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }

# The token is minted once, before the run: Keycloak is not part of what is measured. Its
# lifetime (realm default 5 minutes) covers warm-up and both runs.
TOKEN=$(curl -sf -d grant_type=password -d client_id=kaoping-cli -d "username=$BENCH_USER" -d password=demo \
    "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[ -n "$TOKEN" ] || { echo "no token from $ISSUER" >&2; exit 1; }
AUTH="Authorization: Bearer $TOKEN"

# Both endpoints must answer as expected before anything is timed.
ping_status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/ping")
read_status=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/api/tenants/$TENANT")
[ "$ping_status" = 204 ] || { echo "GET /api/ping: $ping_status, expected 204" >&2; exit 1; }
[ "$read_status" = 200 ] || { echo "GET /api/tenants/$TENANT: $read_status, expected 200" >&2; exit 1; }

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

run() { # name, duration, wrk args...
  local name=$1 duration=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@" > "$OUT/$name.txt"
}

echo "warm-up ($WARMUP each) ..." >&2
run warm-ping "$WARMUP" "$BASE/api/ping"
run warm-read "$WARMUP" -H "$AUTH" "$BASE/api/tenants/$TENANT"
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r of $ROUNDS ($DURATION each) ..." >&2
  run "ping-$r" "$DURATION" "$BASE/api/ping"
  run "read-$r" "$DURATION" -H "$AUTH" "$BASE/api/tenants/$TENANT"
done

# wrk prints: "Requests/sec: 1234.56", "50% 1.23ms", "Non-2xx or 3xx responses: n"
rps() { awk '/^Requests\/sec:/ {print $2}' "$OUT/$1.txt"; }
pct() { awk -v p="$2%" '$1 == p {print $2}' "$OUT/$1.txt"; }
errors() { awk '/Non-2xx or 3xx responses:/ {n=$5} /Socket errors/ {s=1} END {print (n ? n : 0) (s ? "+socket" : "")}' "$OUT/$1.txt"; }

printf '\nwrk -t%s -c%s -d%s --latency, warm-up %s, %s rounds, %s, %s cores\n\n' \
    "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$ROUNDS" "$(date -u +%FT%TZ)" "$(nproc)"
printf '| round | %-32s | %10s | %9s | %9s | %9s | %6s | %7s |\n' endpoint 'requests/s' p50 p90 p99 errors ratio
printf '|-------|%s|------------|-----------|-----------|-----------|--------|---------|\n' "$(printf -- '-%.0s' {1..34})"
ratios=()
for r in $(seq 1 "$ROUNDS"); do
  ratio=$(awk -v a="$(rps "read-$r")" -v b="$(rps "ping-$r")" 'BEGIN {printf "%.1f%%", 100 * a / b}')
  ratios+=("${ratio%\%}")
  printf '| %5s | %-32s | %10s | %9s | %9s | %9s | %6s | %7s |\n' "$r" "GET /api/ping (no-op)" \
      "$(rps "ping-$r")" "$(pct "ping-$r" 50)" "$(pct "ping-$r" 90)" "$(pct "ping-$r" 99)" "$(errors "ping-$r")" ""
  printf '| %5s | %-32s | %10s | %9s | %9s | %9s | %6s | %7s |\n' "$r" "GET /api/tenants/$TENANT ($BENCH_USER)" \
      "$(rps "read-$r")" "$(pct "read-$r" 50)" "$(pct "read-$r" 90)" "$(pct "read-$r" 99)" "$(errors "read-$r")" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}')
printf '\ntenant read / no-op (median of %s rounds): %s%%\n' "$ROUNDS" "$median"
