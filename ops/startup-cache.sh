#!/usr/bin/env bash
# Trains the JVM's start-up cache for the packaged service: the classes it loads (and, on JDK 25
# and later, their linking and the methods' profiles), written once, mapped by every later start.
#
#   ops/startup-cache.sh [app dir]       # default target/quarkus-app
#
# It starts the service once with the cache's recording flag (on a free port, with the database
# settings of the caller's environment, as the service would start), waits until it is ready, reads
# the main endpoints and pages once so that their classes are in the cache, stops it (SIGTERM), and
# the JVM writes the cache as it exits:
#   - JDK 25 or later: <app dir>/app.aot, an AOT cache (JEP 483, 515); start with
#       java -XX:AOTCache=<app dir>/app.aot ... -jar <app dir>/quarkus-run.jar
#   - JDK 17 to 24: <app dir>/app.jsa, a dynamic class-data archive (AppCDS); start with
#       java -XX:SharedArchiveFile=<app dir>/app.jsa ... -jar <app dir>/quarkus-run.jar
# Standard output gets the one option to start with (for scripts); the rest goes to standard error.
# The cache holds only what the JVM read from the jars: no data, no settings. It belongs to that
# build and that JVM: after a rebuild or with another java, the JVM warns once and starts without it
# (no harm, only the slower start); train it again. Start and train with the same java and the same
# -XX:+Use...GC option (the JVM checks both).
#
# Environment (all optional):
#   JAVA=java                      the JVM that trains (and must run) the cache
#   JAVA_OPTS=                     the service's JVM options; default: those of ops/service.jvm (README's settings)
#   QUARKUS_DATASOURCE_JDBC_URL ...           as for the service; unset: its embedded PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."

app="${1:-target/quarkus-app}"
java="${JAVA:-java}"
java_opts="${JAVA_OPTS-$(sed 's/#.*//' ops/service.jvm | xargs)}"
jar="$app/quarkus-run.jar"

log() { echo "startup-cache.sh: $*" >&2; }
die() { log "$*"; exit 1; }

[ -f "$jar" ] || die "no $jar: run ./mvnw package -DskipTests first"
if command -v unzip >/dev/null && ! unzip -p "$jar" META-INF/MANIFEST.MF 2>/dev/null | grep -q "^Class-Path:"; then
  die "$jar does not list its classpath (quarkus.package.jar.type is not aot-jar): a cache cannot hold the classes of Quarkus's own class loader"
fi
command -v curl >/dev/null || die "missing curl"

feature=$("$java" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "AOTCacheOutput" {print "aot"}')
if [ "$feature" = aot ]; then
  cache="$app/app.aot"; record=(-XX:AOTCacheOutput="$cache"); use="-XX:AOTCache=$cache"
else
  cache="$app/app.jsa"; record=(-XX:ArchiveClassesAtExit="$cache"); use="-XX:SharedArchiveFile=$cache"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
out=$(mktemp)
rm -f "$cache"
log "training $cache with $("$java" -version 2>&1 | head -1) on port $port"
QUARKUS_HTTP_PORT="$port" "$java" $java_opts "${record[@]}" -jar "$jar" >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 6000); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/q/health/ready")" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || die "the service exited before it was ready: $(tail -n 5 "$out")"
  sleep 0.05
done

# One read of each kind of answer: JSON, CSV, HTML, problem+json, the contract.
state=VNM  # a state the seeds always hold: any state would do
for path in /api/v1/treaties /api/v1/states "/api/v1/states/$state" "/api/v1/states/$state/ratifications" \
    /api/v1/ratifications/matrix "/api/v1/upr/stats?state=$state&group_by=cycle" "/api/v1/upr/stats?group_by=cycle,state" \
    "/api/v1/recommendations?q=torture&per_page=5" "/api/v1/recommendations?per_page=5&format=csv" /api/v1/no-such-path \
    / "/states/$state" /recommendations /q/openapi; do
  curl -s -o /dev/null --max-time 60 "http://127.0.0.1:$port$path" || log "GET $path failed (the cache misses its classes, no more)"
done

kill -TERM "$pid"
wait "$pid" || true
trap 'rm -f "$out"' EXIT
[ -s "$cache" ] || die "the JVM wrote no cache: $(tail -n 5 "$out")"
log "wrote $cache ($(du -h "$cache" | cut -f1)); start with: $java $use $java_opts -jar $jar"
# The option alone on standard output, for scripts (everything else went to standard error).
echo "$use"
