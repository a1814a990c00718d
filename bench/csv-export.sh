#!/usr/bin/env bash
# Benchmark: full CSV export of N recommendations through the API, with the heap capped, to show
# that the export streams (memory does not grow with the row count). Loopback only.
# Usage: bench/csv-export.sh [rows]   (default 200000). Needs PostgreSQL as for the tests, and a
# built jar (./mvnw package -DskipTests). Writes bench/results/csv-export.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-200000}"
db="tracker_bench_$$"
port="${BENCH_PORT:-18080}"
heap="${BENCH_HEAP:-64m}"
psql_="psql -h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres} -v ON_ERROR_STOP=1 -qAt"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }

cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait "${pid:-}" 2>/dev/null || true; $psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; }
trap cleanup EXIT

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_HTTP_PORT="$port" \
  java -Xmx"$heap" -jar "$jar" > /tmp/bench-csv-service.log 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done

$psql_ -d "$db" <<SQL
BEGIN;
INSERT INTO facts (id, kind) VALUES (900000001, 'upr_review');
INSERT INTO upr_reviews (fact_id, state_code, cycle) VALUES (900000001, 'FRA', 3);
INSERT INTO citations (fact_id, source_id, locator) VALUES (900000001, 'ohchr-upr-main', 'benchmark data');
INSERT INTO upr_recommendations (review_fact_id, body, language, response, source_id, locator)
  SELECT 900000001, 'Generated recommendation number ' || n || ' on the rights of the child, with some text', 'en',
         CASE WHEN n % 3 = 0 THEN 'noted' ELSE 'supported' END, 'ohchr-upr-main', 'row ' || n
  FROM generate_series(1, $rows) n;
COMMIT;
SQL

start=$(date +%s.%N)
bytes=$(curl -sf -H 'Accept: text/csv' "localhost:$port/api/v1/recommendations?state=FRA" | tee /tmp/bench-export.csv | wc -c)
end=$(date +%s.%N)
lines=$(($(wc -l < /tmp/bench-export.csv) - 1))
rss_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
heap_used=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {print; exit}' || true)
seconds=$(echo "$end - $start" | bc)

{
  echo "# CSV export benchmark"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "heap cap: -Xmx$heap"
  echo "rows requested: $rows; data rows received: $lines; bytes: $bytes"
  echo "export time: ${seconds}s ($(echo "$lines / $seconds" | bc) rows/s)"
  echo "service peak RSS (VmHWM): $((rss_kb / 1024)) MiB"
  echo "heap after export: ${heap_used:-n/a}"
  echo "target (issue 4): 200,000 rows under 5 s, heap flat"
} | tee bench/results/csv-export.txt
[ "$lines" -eq "$rows" ] || { echo "row count mismatch" >&2; exit 1; }
