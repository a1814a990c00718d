#!/usr/bin/env bash
# Benchmark: a realistic "world" (18 OHCHR status files, a ratification CSV, ~200,000 UPR
# recommendations) imported through the importers, then the read API under load, each endpoint
# against the same SQL run by pgbench (the database floor) and against the same service answering a
# constant body of the same size from memory (the HTTP floor, GET /floor/{bytes}), then the HTML
# pages, from one client and under load. One command, loopback only:
#
#   bench/world.sh                  the generated world   -> bench/results/world.md
#   BENCH_DATA=real bench/world.sh  the real data instead -> bench/results/world-real.md
#
# Needs PostgreSQL as for the tests (trust auth, CREATEDB), a built jar (./mvnw package -DskipTests),
# python3; installs wrk and hey from Debian when missing. Uses a fresh database, dropped on exit.
# Writes bench/results/world.md and the raw tool outputs in bench/results/world-raw/ (world-real.md and
# world-real-raw/ for the real data).
#
# Environment (all optional):
#   BENCH_DATA=world         world: generate and import the world; real: no generated data, the shipped
#                            datasets (datasets/, loaded by load-seeds as at every start) and the real
#                            UPR Info export the repository keeps (src/test/resources/upr-info/1-5.csv)
#   BENCH_RECS=200000        recommendations to generate and import
#   BENCH_NAME=world         the results' name: bench/results/<name>.md and <name>-raw/ (world-real with BENCH_DATA=real)
#   BENCH_DURATION=15s       length of each wrk / hey / pgbench run
#   BENCH_PORT=18090         HTTP port of the service under test
#   BENCH_CONNECTIONS=16     wrk connections and pgbench clients (threads: BENCH_THREADS=2)
#   BENCH_WARMUP=5s          wrk warm-up per endpoint before measuring (0 to skip)
#   BENCH_WRK_TIMEOUT=10s    wrk's request timeout (a slower answer counts as a socket error)
#   BENCH_SKIP_IMPORT=1      skip generating and importing: measure the seeds and the shipped datasets only
#   BENCH_SKIP_PAGES=1       skip the HTML pages (/, /states/..., /recommendations...)
#   BENCH_APP=target/quarkus-app   the built application (copied to a temporary directory first)
#   BENCH_JAVA_OPTS=         JVM options of the service; default: those of ops/service.jvm (the settings README recommends)
#   BENCH_JAVA=java          the JVM of the service and the commands (e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
#   BENCH_STARTUP_CACHE=1    train the JVM's start-up cache (ops/startup-cache.sh) after the import and start the
#                            service with it, as README recommends; 0: start without it
#   MALLOC_ARENA_MAX=2       glibc arenas of the service (README recommends 2; set it empty to leave the default)
#   IMPORT_JAVA_OPTS="-Dquarkus.http.host-enabled=false -Xmx256m"   JVM options of the import commands
#   BENCH_IMPORT_CMD=        the whole import command prefix, replacing
#                            "java $IMPORT_JAVA_OPTS -jar <app>/quarkus-run.jar import"
#   BENCH_KEEP=1             keep the temporary directory (generated files, app copy)
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

recs="${BENCH_RECS:-200000}"
secs="${BENCH_DURATION:-15s}"; secs="${secs%s}"
warm="${BENCH_WARMUP:-5s}"; warm="${warm%s}"
port="${BENCH_PORT:-18090}"
conns="${BENCH_CONNECTIONS:-16}"
threads="${BENCH_THREADS:-2}"
wrk_timeout="${BENCH_WRK_TIMEOUT:-10s}"
app_src="${BENCH_APP:-target/quarkus-app}"
java_opts="${BENCH_JAVA_OPTS-$(sed 's/#.*//' ops/service.jvm | xargs)}"
java="${BENCH_JAVA:-java}"
startup_cache="${BENCH_STARTUP_CACHE:-1}"
import_opts="${IMPORT_JAVA_OPTS:--Dquarkus.http.host-enabled=false -Xmx256m}"
pghost="${PGHOST:-127.0.0.1}"; pgport="${PGPORT:-5432}"; pguser="${PGUSER:-postgres}"
data="${BENCH_DATA:-world}"
db="tt_world_$$"
jdbc="jdbc:postgresql://$pghost:$pgport/$db"
case "$data" in
  world) name="${BENCH_NAME:-world}" ;;
  real) name="${BENCH_NAME:-world-real}" ;;
  *) echo "world.sh: BENCH_DATA is world or real, not '$data'" >&2; exit 1 ;;
esac
[[ "$name" =~ ^[a-z0-9-]+$ ]] || { echo "world.sh: BENCH_NAME is lower-case letters, digits and '-', not '$name'" >&2; exit 1; }
raw="$root/bench/results/$name-raw"; report="$root/bench/results/$name.md"
# the real UPR recommendations the repository keeps (src/test/resources/upr-info/README.md)
upr_info="$root/src/test/resources/upr-info/1-5.csv"
upr_info_mapping="$root/docs/mappings/upr-info.yaml"
psql_=(psql -h "$pghost" -p "$pgport" -U "$pguser" -X -v ON_ERROR_STOP=1 -qAt)

log() { echo "world.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# --- tools --------------------------------------------------------------------------------------
for tool in "$java" psql pgbench curl python3; do
  command -v "$tool" >/dev/null || die "missing $tool"
done
if ! command -v wrk >/dev/null || ! command -v hey >/dev/null; then
  log "installing wrk and hey from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq wrk hey >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk hey >/dev/null; }
fi
[ -f "$app_src/quarkus-run.jar" ] || die "no $app_src/quarkus-run.jar: build first (./mvnw package -DskipTests)"
[[ "$secs" =~ ^[0-9]+$ && "$warm" =~ ^[0-9]+$ && "$recs" =~ ^[0-9]+$ ]] \
  || die "BENCH_DURATION and BENCH_WARMUP are whole seconds (e.g. 15s), BENCH_RECS a number"

# --- workspace, cleanup -------------------------------------------------------------------------
tmp="$(mktemp -d /tmp/bench-world.XXXXXX)"
pid=""
cleanup() {
  local rc=$?
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  "${psql_[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $tmp"; else rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The app is copied once, so that a rebuild during the run does not change what is measured.
cp -r "$app_src" "$tmp/app"
rm -f "$tmp/app/app.aot" "$tmp/app/app.jsa"
jar="$tmp/app/quarkus-run.jar"
rm -rf "$raw"; mkdir -p "$raw/imports"
facts="$raw/facts.txt"; : > "$facts"
fact() { echo "$1=$2" >> "$facts"; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }

export QUARKUS_DATASOURCE_JDBC_URL="$jdbc"
export QUARKUS_DATASOURCE_USERNAME="$pguser"
export TRACKER_SEEDS_DIR="$root/seeds"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml db 2>/dev/null || echo ' (work tree differs)')"
  echo "jar: $app_src/quarkus-run.jar built $(date -u -r "$app_src/quarkus-run.jar" +%Y-%m-%dT%H:%M:%SZ)"
  echo "cores: $(nproc)"
  echo "ram: $(free -m | awk '/Mem:/ {printf "%.1f GiB", $2 / 1024}')"
  echo "kernel: $(uname -sr)"
  echo "java: $("$java" -version 2>&1 | head -1); default max heap $("$java" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%d MB", $4 / 1048576}')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
  echo "postgresql: $("${psql_[@]}" -d postgres -c 'SHOW server_version')"
  echo "wrk: $(wrk -v 2>&1 | head -1 | cut -c1-60)"
  echo "data: $data"
  echo "settings: recommendations=$([ "$data" = world ] && [ "${BENCH_SKIP_IMPORT:-0}" != 1 ] && echo "$recs" || echo none) duration=${secs}s warmup=${warm}s connections=$conns threads=$threads java_opts='$java_opts' MALLOC_ARENA_MAX='${MALLOC_ARENA_MAX-2}'"
} > "$raw/env.txt"

# --- 1. create, migrate and seed the database (one run of the jar, without HTTP) ------------------
read -r -a import_cmd <<< "${BENCH_IMPORT_CMD:-$java $import_opts -jar $jar import}"
seed_cmd=("$java" $import_opts -jar "$jar" load-seeds)
log "seeding $db"
t0=$(now)
"${seed_cmd[@]}" > "$raw/seed.out" 2> "$raw/seed.err" || die "seeding failed: see $raw/seed.err"
fact seed_wall_s "$(elapsed "$t0" "$(now)")"

# --- 2. generate the world, 3. import it -----------------------------------------------------------
import_failed=0
run_import() {  # name, then the import arguments
  local name=$1; shift
  local t0 rc
  t0=$(now)
  set +e
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "peak_rss_kb=%M" -o "$raw/imports/$name.mem" "${import_cmd[@]}" "$@" > "$raw/imports/$name.out" 2> "$raw/imports/$name.err"
  else
    "${import_cmd[@]}" "$@" > "$raw/imports/$name.out" 2> "$raw/imports/$name.err"
  fi
  rc=$?
  set -e
  echo "$rc $(elapsed "$t0" "$(now)")" > "$raw/imports/$name.rc"
  if [ "$rc" -ne 0 ]; then import_failed=1; log "import $name failed (exit $rc): $(tail -n 3 "$raw/imports/$name.err" | tr '\n' ' ')"
  else log "import $name: $(grep '^{' "$raw/imports/$name.out" | tail -n 1 | cut -c1-300)"; fi
}

if [ "${BENCH_SKIP_IMPORT:-0}" = 1 ]; then
  log "BENCH_SKIP_IMPORT=1: the seeds and the shipped datasets only"
  fact import_skipped 1
elif [ "$data" = real ]; then
  [ -f "$upr_info" ] || die "no $upr_info"
  log "real data: the shipped datasets (loaded with the seeds) and the UPR Info export"
  run_import upr-info upr-recommendations "$upr_info" --mapping "$upr_info_mapping" --encoding x-MacRoman
else
  world="$tmp/world"
  log "generating $recs recommendations"
  t0=$(now)
  python3 bench/world/generate.py --db "$db" --host "$pghost" --port "$pgport" --user "$pguser" \
    --recommendations "$recs" --out "$world" > "$raw/generate.out"
  fact generate_wall_s "$(elapsed "$t0" "$(now)")"
  python3 bench/world/check.py "$world" >> "$raw/generate.out"
  cp "$world/manifest.json" "$raw/manifest.json"
  cat "$raw/generate.out" >&2
  for file in "$world"/ohchr/*.csv; do
    run_import "ohchr-$(basename "$file" .csv)" ohchr-status "$file"
  done
  run_import ratifications ratifications "$world/ratifications.csv" --mapping "$world/ratifications-mapping.yaml"
  run_import upr-recommendations upr-recommendations "$world/upr-recommendations.csv" --mapping "$world/upr-mapping.yaml"
  # the same file again: an unchanged import should be cheap
  run_import upr-recommendations-again upr-recommendations "$world/upr-recommendations.csv" --mapping "$world/upr-mapping.yaml"
fi
"${psql_[@]}" -d "$db" -c "VACUUM ANALYZE"
for table in treaty_actions upr_reviews upr_recommendations upr_recommending_states upr_recommendation_themes; do
  fact "count_$table" "$("${psql_[@]}" -d "$db" -c "SELECT count(*) FROM $table")"
done
# every imported file is a source of kind dataset: the shipped ones (loaded with the seeds) and the imports
fact dataset_files "$("${psql_[@]}" -d "$db" -c "SELECT count(*) FROM sources WHERE kind = 'dataset'")"

# --- 4. start the service: wall clock from launch to ready ------------------------------------------
cache_opt=""
if [ "$startup_cache" = 1 ]; then
  log "training the start-up cache"
  t0=$(now)
  cache_opt=$(JAVA="$java" JAVA_OPTS="$java_opts" ops/startup-cache.sh "$tmp/app" 2> "$raw/startup-cache.log") \
    || die "training the start-up cache failed: see $raw/startup-cache.log"
  fact startup_cache_train_s "$(elapsed "$t0" "$(now)")"
fi
fact startup_cache "${cache_opt%%=*}"
log "starting the service on port $port ${cache_opt:+with ${cache_opt%%=*}}"
t0=$(now)
# the HTTP floor on (GET /floor/{bytes}): off by default, the benchmark turns it on
MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX-2}" QUARKUS_HTTP_PORT="$port" TRACKER_BENCH_FLOOR_ENABLED=true \
  "$java" $cache_opt $java_opts -jar "$jar" > "$raw/service.log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 6000); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/q/health/ready")" = 200 ]; then
    ready=$(now); break
  fi
  kill -0 "$pid" 2>/dev/null || die "the service exited: see $raw/service.log"
  sleep 0.02
done
[ -n "$ready" ] || die "not ready after 120 s: see $raw/service.log"
fact startup_wall_s "$(elapsed "$t0" "$ready")"
fact startup_log_s "$(grep -o 'started in [0-9.]*s' "$raw/service.log" | head -1 | grep -o '[0-9.]*[0-9]' || echo '')"
fact rss_idle_kb "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
base="http://127.0.0.1:$port"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/floor/16")" = 200 ] \
  || die "GET /floor/16 did not answer 200: the jar predates the HTTP floor, or TRACKER_BENCH_FLOOR_ENABLED did not reach it"

# wrk on one list of paths (one a line, each request a random one): a warm-up, then the measured run.
# name, paths file, Accept (empty: paths.lua's default, application/json)
run_wrk() {
  local name=$1 file=$2 accept=${3:-}
  if [ "$warm" -gt 0 ]; then
    wrk -t"$threads" -c"$conns" -d"${warm}s" -s bench/wrk/paths.lua "$base" -- "$file" $accept > /dev/null
  fi
  log "wrk $name"
  wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout "$wrk_timeout" --latency -s bench/wrk/paths.lua "$base" -- "$file" $accept \
    > "$raw/wrk-$name.txt" 2>&1
}

# --- 5. load: wrk per endpoint, hey at 1000 req/s for the point reads, pgbench on the same SQL ------
states=(VNM FRA BRA IND NGA USA CHN DEU MEX KEN IDN EGY ARG ZAF JPN TUR)     # as in bench/pgbench/*.sql
treaties=(ICERD ICCPR ICCPR-OP1 ICCPR-OP2 ICESCR OP-ICESCR CEDAW OP-CEDAW CAT OP-CAT CRC OP-CRC-AC OP-CRC-SC OP-CRC-IC ICMW CPED CRPD OP-CRPD)
words=("torture" "death%20penalty" "child%20marriage" "human%20rights%20defenders" "trafficking" "journalists" "indigenous%20peoples" "disabilities")
paths="$tmp/paths"; mkdir -p "$paths"
for s in "${states[@]}"; do for t in "${treaties[@]}"; do echo "/api/v1/states/$s/ratifications/$t"; done; done > "$paths/ratification-point"
for s in "${states[@]}"; do echo "/api/v1/states/$s/ratifications"; done > "$paths/ratifications-state"
for s in "${states[@]}"; do echo "/api/v1/upr/stats?state=$s&group_by=cycle"; done > "$paths/upr-stats-state"
echo "/api/v1/upr/stats?group_by=cycle,state" > "$paths/upr-stats-all"
echo "/api/v1/ratifications/matrix" > "$paths/matrix"
for w in "${words[@]}"; do echo "/api/v1/recommendations?q=$w&per_page=50"; done > "$paths/search"
echo "/api/v1/treaties" > "$paths/treaties"
echo "/api/v1/states" > "$paths/states"
# the catalogs before the whole matrix, whose collapse under 16 connections (docs/performance.md) would
# leave them its backlog; the other endpoints keep their order
endpoints=(ratification-point ratifications-state upr-stats-state upr-stats-all treaties states matrix search)

# First every endpoint's HTTP floor, on the service as it started: measured after an endpoint, a floor
# would share the machine with that endpoint's backlog (the whole matrix under 16 connections keeps
# the service busy long after wrk stops). Every path answers 2xx before it is measured; its size, as
# wrk gets it (paths.lua's Accept, no Accept-Encoding: uncompressed), makes the floor's path for it:
# one floor path per real path, so that wrk draws the floor's sizes as it draws the endpoint's.
for e in "${endpoints[@]}"; do
  : > "$paths/floor-$e"
  while read -r p; do
    read -r code size < <(curl -s --max-time 120 -o /dev/null -w '%{http_code} %{size_download}\n' -H 'Accept: application/json' "$base$p" || true)
    [[ "$code" == 2* ]] || { log "GET $p answered $code"; echo "$code $p" >> "$raw/bad-paths.txt"; }  # 000: no answer
    echo "/floor/${size:-0}" >> "$paths/floor-$e"
  done < "$paths/$e"
  cp "$paths/$e" "$raw/paths-$e.txt"
  cp "$paths/floor-$e" "$raw/paths-floor-$e.txt"
  run_wrk "floor-$e" "$paths/floor-$e"
done
# then the endpoints themselves, in the same order
for e in "${endpoints[@]}"; do
  run_wrk "$e" "$paths/$e"
done
fact rss_after_wrk_kb "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
declare -A hey_path=([ratification-point]=/api/v1/states/VNM/ratifications/ICCPR [ratifications-state]=/api/v1/states/VNM/ratifications)
for e in ratification-point ratifications-state; do
  log "hey $e at 1000 req/s"
  url="$base${hey_path[$e]}"
  echo "$url" > "$raw/hey-$e.url"
  hey -z "${secs}s" -c 10 -q 100 -H 'Accept: application/json' "$url" > "$raw/hey-$e.txt" 2>&1
done
# UPR statistics from one client at a time: latency without queueing behind other requests
declare -A hey1_path=([upr-stats-state]="/api/v1/upr/stats?state=VNM&group_by=cycle" [upr-stats-all]="/api/v1/upr/stats?group_by=cycle,state")
for e in upr-stats-state upr-stats-all; do
  log "hey $e, one client"
  url="$base${hey1_path[$e]}"
  echo "$url" > "$raw/hey1-$e.url"
  hey -z "${secs}s" -c 1 -H 'Accept: application/json' "$url" > "$raw/hey1-$e.txt" 2>&1
done
fact rss_after_load_kb "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
fact hwm_after_load_kb "$(awk '/VmHWM/ {print $2}' /proc/$pid/status)"

for e in "${endpoints[@]}"; do
  log "pgbench $e"
  pgbench -h "$pghost" -p "$pgport" -U "$pguser" -n -c "$conns" -j "$threads" -T "$secs" \
    -f "bench/pgbench/$e.sql" "$db" > "$raw/pgbench-$e.txt" 2>&1 || log "pgbench $e failed: see $raw/pgbench-$e.txt"
done

# --- 5b. the HTML pages: one client (hey -c 1: the latency is the server's time on loopback), then wrk ---
if [ "${BENCH_SKIP_PAGES:-0}" = 1 ]; then
  log "BENCH_SKIP_PAGES=1: no page measured"
else
  # the state with the most recommendations, and an article (the seed articles)
  busy_state=$("${psql_[@]}" -d "$db" -c "SELECT rv.state_code FROM upr_recommendations r JOIN upr_reviews rv ON rv.fact_id = r.review_fact_id GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
  busy_state=${busy_state:-VNM}
  fact page_state "$busy_state"
  fact page_state_recommendations "$("${psql_[@]}" -d "$db" -c "SELECT count(*) FROM upr_recommendations r JOIN upr_reviews rv ON rv.fact_id = r.review_fact_id WHERE rv.state_code = '$busy_state'")"
  article=$("${psql_[@]}" -d "$db" -c "SELECT id FROM sources WHERE kind = 'article' ORDER BY id LIMIT 1")
  # name and path, one a line: report.py reads the list from pages.txt
  printf '%s %s\n' home / home-search "/?q=Viet" state "/states/$busy_state" treaty /treaties/CAT \
    source "/sources/$article" recommendations-search "/recommendations?q=torture" > "$raw/pages.txt"
  while read -r name p; do
    # the page answers 200 with HTML before it is measured; its size is recorded
    read -r code size ctype < <(curl -s --max-time 120 -o /dev/null -H 'Accept: text/html' -w '%{http_code} %{size_download} %{content_type}\n' "$base$p" || true)
    fact "page_bytes_$name" "$size"
    [[ "$code" == 200 && "$ctype" == text/html* ]] || { log "GET $p answered $code $ctype"; echo "$code $p ($ctype)" >> "$raw/bad-paths.txt"; }
    echo "$p" > "$paths/page-$name"
    # its HTTP floor first (its size as HTML from memory), its warm-up absorbing the previous page's backlog
    echo "/floor/${size:-0}?type=html" > "$paths/floor-page-$name"
    run_wrk "floor-page-$name" "$paths/floor-page-$name" text/html
    if [ "$warm" -gt 0 ]; then
      wrk -t"$threads" -c"$conns" -d"${warm}s" -s bench/wrk/paths.lua "$base" -- "$paths/page-$name" text/html > /dev/null
    fi
    log "page $name ($p): hey, one client; wrk, $conns connections"
    hey -z "${secs}s" -c 1 -H 'Accept: text/html' "$base$p" > "$raw/hey1-page-$name.txt" 2>&1
    # made from the database every time (the read model holds nothing asked with no-cache): the cost of a first reader
    hey -z "${secs}s" -c 1 -H 'Accept: text/html' -H 'Cache-Control: no-cache' "$base$p" > "$raw/hey1-fresh-page-$name.txt" 2>&1
    wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout "$wrk_timeout" --latency -s bench/wrk/paths.lua "$base" -- "$paths/page-$name" text/html \
      > "$raw/wrk-page-$name.txt" 2>&1
  done < "$raw/pages.txt"
  fact rss_after_pages_kb "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
  fact hwm_after_pages_kb "$(awk '/VmHWM/ {print $2}' /proc/$pid/status)"
fi

# --- 6. full CSV export of every recommendation -------------------------------------------------------
log "CSV export"
t0=$(now)
code=$(curl -s -H 'Accept: text/csv' -o "$tmp/export.csv" -w '%{http_code}' "$base/api/v1/recommendations")
t1=$(now)
fact csv_http "$code"
fact csv_seconds "$(elapsed "$t0" "$t1")"
fact csv_bytes "$(wc -c < "$tmp/export.csv")"
fact csv_rows "$(python3 -c "import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8', newline=''))) - 1)" "$tmp/export.csv")"
head -n 3 "$tmp/export.csv" > "$raw/export-head.csv"
fact rss_after_export_kb "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
fact hwm_after_export_kb "$(awk '/VmHWM/ {print $2}' /proc/$pid/status)"

kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
fact load_average_end "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- 7. report ----------------------------------------------------------------------------------------------
python3 bench/world/report.py "$raw" > "$report"
cat "$report"
[ "$import_failed" = 0 ] || die "an import failed: results above are on partial data"
