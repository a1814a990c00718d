#!/usr/bin/env bash
# Benchmark: the claim extractor's time against the size of its text, at 10,000, 100,000 and
# 1,000,000 characters (the largest article the API stores), for one HRC sentence repeated, the
# five seed articles repeated, the same without a full stop or a line break (one giant
# « sentence »), and three hostile texts. In process: ExtractBench (test classes) runs the
# extractor on the built application's classes, without HTTP or a database.
#
#   bench/extract.sh
#
# Needs a built application with its test classes (./mvnw package -DskipTests) and python3; no
# database. Writes bench/results/extract.md. The figures are only as good as the machine is quiet:
# the report records the load average at the start and the end.
#
# Environment (all optional):
#   BENCH_SIZES=10000,100000,1000000   characters
#   BENCH_RUNS=5             timed extractions per size (the report gives their median, and the range)
#   BENCH_WARMUP=3           untimed extractions of each text at 100,000 characters first
#   BENCH_TEXTS="hrc seeds giant number-words counts dense"
#   BENCH_JAVA_OPTS=         JVM options; default: the service's, those of ops/service.jvm (README's settings)
#   BENCH_BASELINE="REV..."  also measure the extractor of each commit REV (compiled from its sources into a
#                            temporary folder), one run per size in a JVM of its own after one warm-up at
#                            10,000 characters, each size given up after BENCH_BASELINE_TIMEOUT seconds
#   BENCH_BASELINE_SIZES=10000,100000   BENCH_BASELINE_TIMEOUT=60
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

sizes="${BENCH_SIZES:-10000,100000,1000000}"
runs="${BENCH_RUNS:-5}"
warmup="${BENCH_WARMUP:-3}"
texts="${BENCH_TEXTS:-hrc seeds giant number-words counts dense}"
java_opts="${BENCH_JAVA_OPTS-$(sed 's/#.*//' ops/service.jvm | xargs)}"
baselines="${BENCH_BASELINE:-}"
baseline_sizes="${BENCH_BASELINE_SIZES:-10000,100000}"
baseline_timeout="${BENCH_BASELINE_TIMEOUT:-60}"
report="$root/bench/results/extract.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

log() { echo "extract.sh: $*" >&2; }
die() { log "$*"; exit 1; }

for tool in java javac python3 git; do command -v "$tool" >/dev/null || die "missing $tool"; done
[ -d target/quarkus-app/lib/main ] || die "no target/quarkus-app: run ./mvnw package -DskipTests"
[ -f target/test-classes/org/treatytracker/extract/ExtractBench.class ] \
  || die "no test classes: run ./mvnw package -DskipTests (not -Dmaven.test.skip)"
libs="target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*"
classpath="target/test-classes:target/classes:$libs"

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
load_start="$(load_avg)"

: >"$work/current.tsv"
for text in $texts; do
  log "$text: $sizes characters, $runs runs each after $warmup warm-up runs"
  java $java_opts -cp "$classpath" org.treatytracker.extract.ExtractBench "$text" "$sizes" "$runs" "$warmup" \
    >>"$work/current.tsv"
done

: >"$work/baselines.txt"
for rev in $baselines; do
  commit="$(git rev-parse --short "$rev")"
  echo "$commit" >>"$work/baselines.txt"
  log "baseline $commit: compiling its sources"
  src="$work/baseline-$commit/src"; classes="$work/baseline-$commit/classes"
  mkdir -p "$src" "$classes"
  git archive "$commit" src/main/java src/test/java/org/treatytracker/extract/ReferenceNames.java | tar -x -C "$src"
  cp src/test/java/org/treatytracker/extract/ExtractBench.java "$src/"
  find "$src" -name '*.java' >"$work/baseline-$commit/sources.txt"
  javac -nowarn -proc:none -encoding UTF-8 -d "$classes" -cp "$libs" @"$work/baseline-$commit/sources.txt" \
    2>"$work/baseline-$commit/javac.log" || die "$commit does not compile: $(tail -3 "$work/baseline-$commit/javac.log")"
  : >"$work/baseline-$commit.tsv"
  for text in $texts; do
    for size in ${baseline_sizes//,/ }; do
      log "baseline $commit: $text at $size characters"
      rc=0
      timeout "$baseline_timeout" java $java_opts -cp "$classes:$libs" org.treatytracker.extract.ExtractBench \
        "$text" "$size" 1 1 10000 >>"$work/baseline-$commit.tsv" 2>"$work/baseline-$commit/err" || rc=$?
      if [ "$rc" = 124 ]; then
        printf '%s\t%s\ttimeout\tover %s s\n' "$text" "$size" "$baseline_timeout" >>"$work/baseline-$commit.tsv"
      elif [ "$rc" != 0 ]; then
        printf '%s\t%s\terror\t%s\n' "$text" "$size" "$(grep -m1 -E 'Error|Exception' "$work/baseline-$commit/err" | cut -c1-120)" \
          >>"$work/baseline-$commit.tsv"
      fi
    done
  done
done
load_end="$(load_avg)"

python3 - "$work" "$report" "$(git rev-parse --short HEAD)" "$(git status --porcelain --untracked-files=no | wc -l)" \
  "$(nproc)" "$(free -g | awk '/Mem:/ {print $2}')" "$(uname -sr)" "$(java -version 2>&1 | head -1)" \
  "$java_opts" "$runs" "$warmup" "$load_start" "$load_end" "$baseline_timeout" <<'PY'
import datetime, statistics, sys
(work, report, commit, dirty, cores, ram, kernel, java, java_opts, runs, warmup, load_start, load_end,
 baseline_timeout) = sys.argv[1:]

def rows(name):
    found = {}
    with open(f"{work}/{name}.tsv") as f:
        for line in f:
            text, size, *rest = line.rstrip("\n").split("\t")
            found[(text, int(size))] = rest
    return found

def cell(rest):
    if rest[0] in ("error", "timeout"):
        why = rest[1] if len(rest[1]) <= 100 else rest[1][:100] + "..."
        return rest[0] + ": " + why.replace("|", "\\|")
    millis = [int(m) for m in rest[0].split(",")]
    median = statistics.median(millis)
    spread = f" ({min(millis)}-{max(millis)})" if len(millis) > 1 else ""
    return f"{median:,.0f} ms{spread}"

def median_ms(rest):
    return None if rest[0] in ("error", "timeout") else statistics.median(int(m) for m in rest[0].split(","))

labels = {
    "hrc": "one HRC sentence repeated (« Le Vietnam a été élu membre du Conseil ... 145 voix sur 193. »)",
    "seeds": "the five seed articles concatenated, repeated",
    "giant": "the same with no full stop, ! ? … or line break: one « sentence »",
    "number-words": "hostile: « deux trois » repeated (number words only)",
    "counts": "hostile: « 12 pays et » repeated (a count every three words)",
    "dense": "hostile: a review, a percentage, a ratification, two dates and an HRC term in every clause, no full stop",
}
current = rows("current")
sizes = sorted({size for _, size in current})
texts = list(dict.fromkeys(text for text, _ in current))
out = [
    "# Claim extraction: time against text size",
    "",
    f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit}"
    + (f" (and uncommitted changes to {dirty} tracked file{'s' if dirty != '1' else ''})" if dirty != "0" else "")
    + f", {cores} cores, {ram} GiB RAM, {kernel}, {java}, `{java_opts}`;"
    f" load average {load_start} at the start, {load_end} at the end. `bench/extract.sh`.",
    "",
    "What it measures: `ClaimExtractor.extract` in process (`ExtractBench`, from the test classes, on the built"
    " application's classes and libraries), wall time per article, from the text to the sorted candidates: teaser"
    " blocks, sentences, names, numbers, dates, the four rules, the candidates' citations with their code-point"
    " starts. Not measured: HTTP, JSON, the database (the service reads the article, names and calendar before, in"
    " a transaction of their own). Names are those of `seeds/reference` and the JDK's country names"
    " (`ReferenceNames`, as the unit tests use them), not the database's, which adds the shipped datasets' aliases."
    f" Each text is first extracted {warmup} times at 100,000 characters, untimed (the JIT compiles the extractor,"
    f" as in a service that has run a while); then {runs} timed runs per size, median and range."
    " The budget's checks run (`ExtractionBudget.UNLIMITED`: they find nothing to stop); the service stops a request"
    " at its time budget, 5 s by default.",
    "",
    "| text | " + " | ".join(f"{s:,} characters" for s in sizes) + " | µs per 1,000 characters, smallest to largest | candidates (citations) at the largest |",
    "|---|" + "---|" * len(sizes) + "---|---|",
]
for text in texts:
    cells = [cell(current[(text, s)]) if (text, s) in current else "" for s in sizes]
    first, last = current.get((text, sizes[0])), current.get((text, sizes[-1]))
    per = ""
    if first and last and median_ms(first) is not None and median_ms(last) is not None:
        per = f"{median_ms(first) * 1e6 / sizes[0]:,.0f} → {median_ms(last) * 1e6 / sizes[-1]:,.0f}"
    found = f"{last[1]} ({last[2]})" if last and last[0] not in ("error", "timeout") else ""
    out.append(f"| {labels.get(text, text)} | " + " | ".join(cells) + f" | {per} | {found} |")
out += ["", "Linear means the time per 1,000 characters does not grow with the text; a smaller figure at the larger"
        " sizes is the fixed cost of an extraction (and the JIT) spread over more text."]
with open(f"{work}/baselines.txt") as f:
    baselines = [line.strip() for line in f if line.strip()]
for baseline in baselines:
    base = rows("baseline-" + baseline)
    bsizes = sorted({size for _, size in base})
    out += ["", f"## Before: commit {baseline}", "",
            f"The same texts through the extractor of commit {baseline}, one run per size in a JVM of its own after"
            f" one warm-up at 10,000 characters, given up after {baseline_timeout} s.", "",
            "| text | " + " | ".join(f"{s:,} characters" for s in bsizes) + " |", "|---|" + "---|" * len(bsizes)]
    for text in texts:
        out.append(f"| {labels.get(text, text)} | " + " | ".join(cell(base[(text, s)]) if (text, s) in base else ""
                                                                 for s in bsizes) + " |")
with open(report, "w") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
PY
