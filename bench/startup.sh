#!/usr/bin/env bash
# Benchmark: the service's start-up to ready, on an external PostgreSQL (without and with the JVM's
# start-up cache of ops/startup-cache.sh) and on its embedded one.
#
#   bench/startup.sh
#
# Needs a built jar (./mvnw package -DskipTests), curl, python3, and for the external case a
# PostgreSQL as for the tests (127.0.0.1:5432, user postgres, trust auth, CREATEDB). Each case first
# prepares its database once (create, migrate, seed: the load-seeds command), then starts the service
# BENCH_RUNS times: wall clock from launch until /q/health/ready answers 200 (polled every 20 ms),
# Quarkus' "started in", and the time from SIGTERM to exit (for the embedded case, including the
# server's stop). The embedded case also times its very first start on an empty folder (initdb).
# The cached case trains the cache once on the prepared database (ops/startup-cache.sh, on a copy of
# the application), then starts with it (-XX:AOTCache on JDK 25 and later, -XX:SharedArchiveFile before).
# Writes bench/results/startup.md. The external database is dropped, the embedded folder deleted.
#
# Environment (all optional):
#   BENCH_RUNS=5             timed starts per case
#   BENCH_PORT=18091         HTTP port of the service under test
#   BENCH_APP=target/quarkus-app   the built application
#   BENCH_JAVA_OPTS=         JVM options of the service; default: those of ops/service.jvm (README's settings)
#   BENCH_JAVA=java          the JVM (e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java for JDK 25's AOT cache)
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres   the external server
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

runs="${BENCH_RUNS:-5}"
port="${BENCH_PORT:-18091}"
app_src="${BENCH_APP:-target/quarkus-app}"
java="${BENCH_JAVA:-java}"
java_opts="${BENCH_JAVA_OPTS-$(sed 's/#.*//' ops/service.jvm | xargs)}"
pghost="${PGHOST:-127.0.0.1}"; pgport="${PGPORT:-5432}"; pguser="${PGUSER:-postgres}"
db="tt_startup_$$"
report="$root/bench/results/startup.md"
work="$(mktemp -d)"

log() { echo "startup.sh: $*" >&2; }
die() { log "$*"; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(round($2 - $1, 3))"; }

for tool in "$java" curl python3; do command -v "$tool" >/dev/null || die "missing $tool"; done
[ -f "$app_src/quarkus-run.jar" ] || die "no $app_src/quarkus-run.jar: run ./mvnw package -DskipTests"
cp -r "$app_src" "$work/app"
rm -f "$work/app/app.aot" "$work/app/app.jsa"
jar="$work/app/quarkus-run.jar"

cleanup() {
  psql -h "$pghost" -p "$pgport" -U "$pguser" -X -qAt -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
embedded_port="$(free_port)"

# The environment of one case: "external", "cached" (external, with the start-up cache) or "embedded".
settings() {
  if [ "$1" != embedded ]; then
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$pghost:$pgport/$db QUARKUS_DATASOURCE_USERNAME=$pguser"
  else
    echo "TRACKER_EMBEDDED_DIR=$work/postgres TRACKER_EMBEDDED_PORT=$embedded_port"
  fi
}

cache_opt=""
# One start: prints "wall_s started_in_s stop_s".
timed_start() {
  local case="$1" out="$2" t0 ready="" pid stop0 cache=""
  [ "$case" = cached ] && cache="$cache_opt"
  t0=$(now)
  env $(settings "$case") MALLOC_ARENA_MAX=2 QUARKUS_HTTP_PORT="$port" "$java" $cache $java_opts -jar "$jar" >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/q/health/ready")" = 200 ]; then
      ready=$(now); break
    fi
    kill -0 "$pid" 2>/dev/null || die "the service exited: see $out"
    sleep 0.02
  done
  [ -n "$ready" ] || die "not ready after 120 s: see $out"
  stop0=$(now)
  kill "$pid"; wait "$pid" || true
  echo "$(elapsed "$t0" "$ready") $(grep -o 'started in [0-9.]*s' "$out" | head -1 | grep -o '[0-9.]*[0-9]') $(elapsed "$stop0" "$(now)")"
}

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
load_start="$(load_avg)"

log "external: preparing database $db on $pghost:$pgport"
env $(settings external) "$java" -Dquarkus.http.host-enabled=false -jar "$jar" load-seeds >"$work/prepare-external.log" 2>&1 \
  || die "load-seeds on the external server failed: $(tail -3 "$work/prepare-external.log")"

log "cached: training the start-up cache"
cache_opt=$(env $(settings external) JAVA="$java" JAVA_OPTS="$java_opts" ops/startup-cache.sh "$work/app" 2>"$work/train.log") \
  || die "training the start-up cache failed: $(tail -3 "$work/train.log")"
log "cached: $cache_opt"

log "embedded: first start on an empty folder"
first_embedded="$(timed_start embedded "$work/first-embedded.log")"

: >"$work/external.txt"; : >"$work/cached.txt"; : >"$work/embedded.txt"
for i in $(seq 1 "$runs"); do
  for case in external cached embedded; do
    log "$case: start $i of $runs"
    timed_start "$case" "$work/$case-$i.log" >>"$work/$case.txt"
  done
done
load_end="$(load_avg)"

python3 - "$work" "$report" "$runs" "$first_embedded" "$load_start" "$load_end" \
  "$(git rev-parse --short HEAD)" "$(nproc)" "$("$java" -version 2>&1 | head -1)" "$cache_opt" "$java_opts" <<'PY'
import statistics, sys, datetime
work, report, runs, first, load_start, load_end, commit, cores, java, cache_opt, java_opts = sys.argv[1:]

def rows(case):
    with open(f"{work}/{case}.txt") as f:
        return [list(map(float, line.split())) for line in f if line.strip()]

def summary(values):
    return "%.2f (min %.2f, max %.2f)" % (statistics.median(values), min(values), max(values))

first_wall, first_log, first_stop = map(float, first.split())
out = [
    "# Start-up to ready: external and embedded PostgreSQL",
    "",
    f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}, {cores} cores, {java};"
    f" load average {load_start} at the start, {load_end} at the end. `bench/startup.sh`, {runs} starts per case,"
    f" alternating, on a database already migrated and seeded (the seed check finds it unchanged); JVM options `{java_opts}`.",
    "",
    "| database | launch to ready (s), median | Quarkus \"started in\" (s), median | SIGTERM to exit (s), median |",
    "|---|---|---|---|",
]
for case, label in (("external", "external (PostgreSQL on 127.0.0.1:5432)"),
                    ("cached", f"external, with the start-up cache (`{cache_opt.split('=')[0]}`, ops/startup-cache.sh)"),
                    ("embedded", "embedded (data folder found again)")):
    r = rows(case)
    out.append(f"| {label} | {summary([x[0] for x in r])} | {summary([x[1] for x in r])} | {summary([x[2] for x in r])} |")
out += [
    "",
    f"The embedded server's first start on an empty folder (unpacking checked, initdb, create, migrate, seed):"
    f" {first_wall:.2f} s to ready, \"started in\" {first_log:.2f} s. The embedded case's stop includes stopping"
    " its PostgreSQL after the application. The README's target (startup to ready < 3 s) is for a quiet machine:"
    " read the load average first.",
    "",
]
with open(report, "w") as f:
    f.write("\n".join(out))
print("\n".join(out))
PY
