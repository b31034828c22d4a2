#!/usr/bin/env bash
# GET /api/tenants as the number of tenants grows (issue 8): the list is one SQL statement, so
# for a caller whose visible tenants stay the same its latency must not grow with the tenants of
# others. Measures the list for a 新干县 viewer and for 江西省's platform admin (jx-admin), then
# adds COUNT synthetic county tenants below 福建省 (outside both callers' view) straight into the
# database, measures again, and removes them.
#
# Needs a running dev stack (mvn -P run package: PostgreSQL on localhost:15432, owner kaoping),
# wrk and psql (Debian: apt-get install wrk postgresql-client). Loopback only.
# Settings: BASE, ISSUER, DB_PORT (15432), COUNT (1000), DURATION (15s), CONNECTIONS (8).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
ISSUER=${ISSUER:-http://localhost:8180/realms/kaoping}
DB_PORT=${DB_PORT:-15432}
COUNT=${COUNT:-1000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
for url in "$BASE" "$ISSUER"; do
  case "$url" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "loopback only: $url" >&2; exit 2 ;; esac
done
psql_owner() { PGPASSWORD=kaoping psql -q -h 127.0.0.1 -p "$DB_PORT" -U kaoping -d kaoping -v ON_ERROR_STOP=1 "$@"; }
token() {
  curl -sf -d grant_type=password -d client_id=kaoping-cli -d "username=$1" -d password=demo \
      "$ISSUER/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
measure() { # label user
  local t; t=$(token "$2"); [ -n "$t" ] || { echo "no token for $2" >&2; exit 1; }
  local n; n=$(curl -sf -H "Authorization: Bearer $t" "$BASE/api/tenants" | grep -o '"code"' | wc -l)
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $t" "$BASE/api/tenants" >/dev/null
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $t" "$BASE/api/tenants")
  local total; total=$(psql_owner -tAc "SELECT count(*) FROM tenant")
  printf '%-28s tenants %5s  visible %3s  req/s %8s  p50 %8s  p99 %8s\n' "$1 ($2)" "$total" "$n" \
      "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
      "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')"
}
cleanup() {
  psql_owner -c "DELETE FROM tenant WHERE code LIKE 'bench-list-%'; DELETE FROM jurisdiction WHERE code LIKE 'bench-list-%';"
}
trap cleanup EXIT
cleanup
for u in viewer jx-admin; do measure "before" "$u"; done
psql_owner <<SQL
INSERT INTO jurisdiction (code, name, level, parent_id)
SELECT 'bench-list-' || i, '基准县' || i, 'COUNTY', (SELECT id FROM jurisdiction WHERE code = 'fujian')
FROM generate_series(1, $COUNT) i;
INSERT INTO tenant (code, status, keycloak_group, provisioned_by)
SELECT 'bench-list-' || i, 'ACTIVE', '/tenants/bench-list-' || i, 'bench/tenant-list.sh' FROM generate_series(1, $COUNT) i;
ANALYZE jurisdiction; ANALYZE tenant;
SQL
for u in viewer jx-admin; do measure "with $COUNT more" "$u"; done
