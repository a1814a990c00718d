#!/usr/bin/env python3
"""Render bench/results/world.md from the raw outputs bench/world.sh leaves in a directory
(bench/results/world-raw, or world-real-raw for the real data): wrk, hey and pgbench outputs, import
outputs, facts.txt, env.txt.
Can be re-run on its own:  python3 bench/world/report.py bench/results/world-raw > bench/results/world.md
"""

import glob
import json
import os
import re
import sys

ENDPOINTS = [
    ("ratification-point", "GET /api/v1/states/{iso3}/ratifications/{code}", "16 states x 18 treaties, random"),
    ("ratifications-state", "GET /api/v1/states/{iso3}/ratifications", "16 states, random"),
    ("upr-stats-state", "GET /api/v1/upr/stats?state={iso3}&group_by=cycle", "16 states, random"),
    ("upr-stats-all", "GET /api/v1/upr/stats?group_by=cycle,state", "all states"),
    ("matrix", "GET /api/v1/ratifications/matrix", "all states x all treaties"),
    ("search", "GET /api/v1/recommendations?q={words}&per_page=50", "8 searches, random"),
    ("treaties", "GET /api/v1/treaties", "the treaty catalog"),
    ("states", "GET /api/v1/states", "the state catalog"),
]
POINT_READS = ("ratification-point", "ratifications-state")
STATS = ("upr-stats-state", "upr-stats-all")
TARGET_FLOOR_SHARE = 0.60
TARGET_POINT_P99_MS = 10.0
TARGET_STATS_P99_MS = 50.0
TARGET_CSV_S = 5.0
TARGET_CSV_ROWS = 200000
TARGET_STARTUP_S = 3.0
TARGET_RSS_MB = 400.0
TARGET_PAGE_P99_MS = 100.0
# Issue 17, point 4, all in one run: every endpoint at least its pgbench floor; these at least half
# their HTTP floor; p99 under load under 20 ms but for the full-text search; startup, peak RSS.
TARGET_PGBENCH_RATIO = 1.0
TARGET_HTTP_FLOOR_RATIO = 0.5
HTTP_FLOOR_ENDPOINTS = ("matrix", "upr-stats-all", "ratifications-state", "treaties", "states")
TARGET_LOAD_P99_MS = 20.0
LOAD_P99_EXEMPT = ("search",)


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return None


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "secs": 1000.0}[unit]


def parse_wrk(text):
    if not text:
        return None
    r = {}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    r["rps"] = float(m.group(1)) if m else None
    for pct in ("50", "99"):
        m = re.search(r"^\s+%s(?:\.000)?%%\s+([\d.]+)(us|ms|s|m)\s*$" % pct, text, re.M)
        r["p" + pct] = to_ms(m.group(1), m.group(2)) if m else None
    m = re.search(r"(\d+) requests in", text)
    r["requests"] = int(m.group(1)) if m else None
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    r["errors"] = (int(non2xx.group(1)) if non2xx else 0) + (sum(int(g) for g in sock.groups()) if sock else 0)
    if not r["requests"]:  # nothing completed within the run: no latency to speak of
        r["p50"] = r["p99"] = None
    r["error_detail"] = ", ".join(filter(None, [non2xx and "non-2xx/3xx %s" % non2xx.group(1),
                                                sock and sock.group(0)]))
    return r


def parse_hey(text):
    if not text:
        return None
    r = {}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    r["rps"] = float(m.group(1)) if m else None
    for pct in ("50", "99"):
        m = re.search(r"%s%% in ([\d.]+) secs" % pct, text)
        r["p" + pct] = float(m.group(1)) * 1000 if m else None
    ok = sum(int(n) for code, n in re.findall(r"\[(\d{3})\]\s+(\d+) responses", text) if code[0] in "23")
    bad = sum(int(n) for code, n in re.findall(r"\[(\d{3})\]\s+(\d+) responses", text) if code[0] not in "23")
    errs = text.split("Error distribution:")[1] if "Error distribution:" in text else ""
    bad += sum(int(n) for n in re.findall(r"^\s+\[(\d+)\]\s", errs, re.M))
    r["ok"], r["errors"] = ok, bad
    return r


def parse_pgbench(text):
    if not text:
        return None
    r = {}
    m = re.search(r"^tps = ([\d.]+)", text, re.M)
    r["tps"] = float(m.group(1)) if m else None
    m = re.search(r"latency average = ([\d.]+) ms", text)
    r["lat"] = float(m.group(1)) if m else None
    m = re.search(r"number of failed transactions: (\d+)", text)
    r["failed"] = int(m.group(1)) if m else (0 if r["tps"] else None)
    return r


def floor_sizes(raw, name):
    """The response sizes the HTTP floor stood for: one /floor/<bytes> path per path of the endpoint."""
    text = read(os.path.join(raw, "paths-floor-%s.txt" % name)) or ""
    return [int(m) for m in re.findall(r"^/floor/(\d+)", text, re.M)]


def size_text(sizes):
    """Bytes of an endpoint's answers: the one size, or the mean and the range over its paths."""
    if not sizes:
        return "n/a"
    if min(sizes) == max(sizes):
        return "%d" % sizes[0]
    return "%.0f (%d-%d)" % (sum(sizes) / len(sizes), min(sizes), max(sizes))


def fmt(value, spec="%.1f", none="n/a"):
    return none if value is None else spec % value


MISSED = []


def verdict(ok, key=None):
    """PASS, MISS or n/a; a missed target's key is kept to explain it after the table."""
    if ok is False and key and key not in MISSED:
        MISSED.append(key)
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def explanations(path):
    """The hand-written reasons for missed targets (bench/world/misses.md): '## key' then the text."""
    text = read(path) or ""
    sections = {}
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        key, _, body = block.partition("\n")
        sections[key.strip()] = " ".join(body.split())
    return sections


def hey_table(w, raw, heading, names, prefix, rate_column):
    """Writes one table of hey runs (bench/results/world-raw/<prefix>-<name>.txt) and returns them by name."""
    w("### " + heading)
    w("")
    w("| endpoint | URL | %s | p50 | p99 | errors |" % rate_column)
    w("|---|---|---|---|---|---|")
    runs = {}
    for name in names:
        h = parse_hey(read(os.path.join(raw, "%s-%s.txt" % (prefix, name))))
        runs[name] = h
        url = (read(os.path.join(raw, "%s-%s.url" % (prefix, name))) or "").strip()
        w("| %s | `%s` | %s | %s | %s | %s |" % (name, re.sub(r"^https?://[^/]+", "", url), fmt(h and h["rps"], "%.0f"),
                                               fmt(h and h["p50"], "%.2f"), fmt(h and h["p99"], "%.2f"),
                                               fmt(h and h["errors"], "%d")))
    w("")
    return runs


def main():
    raw = sys.argv[1] if len(sys.argv) > 1 else "bench/results/world-raw"
    env = dict(line.split(": ", 1) for line in (read(os.path.join(raw, "env.txt")) or "").splitlines() if ": " in line)
    facts = dict(line.split("=", 1) for line in (read(os.path.join(raw, "facts.txt")) or "").splitlines() if "=" in line)

    def num(key):
        try:
            return float(facts[key])
        except (KeyError, ValueError):
            return None

    data = env.get("data", "world")
    out = []
    w = out.append
    w("# World benchmark" + (" on the real data" if data == "real" else ""))
    w("")
    w("Generated by `bench/world.sh`%s (see bench/README.md); raw tool outputs in `bench/results/%s/`."
      % (" with BENCH_DATA=real" if data == "real" else "", os.path.basename(os.path.normpath(raw))))
    w("")
    for key in ("date", "commit", "jar", "cores", "ram", "kernel", "java", "postgresql", "wrk", "data", "settings",
                "load average at start"):
        if key in env:
            w("- %s: %s" % (key, env[key]))
    w("")

    # --- data
    manifest = json.loads(read(os.path.join(raw, "manifest.json")) or "null")
    w("## Data")
    w("")
    shipped = ("the seeds and the shipped datasets (`datasets/`, loaded with the seeds as at every start: "
               "UN Treaty Collection status tables, OHCHR's ICESCR export)")
    if facts.get("import_skipped") == "1":
        w("Import skipped (BENCH_SKIP_IMPORT=1): the measurements below are on %s only." % shipped)
        w("")
    elif data == "real":
        w("Real data, nothing generated: %s, and the UPR Info export of the first cycle's sessions 1 to 5 "
          "(`src/test/resources/upr-info/1-5.csv`, imported with `docs/mappings/upr-info.yaml`)." % shipped)
        w("")
    elif manifest:
        u = manifest["upr"]
        w("Generated (seed %s): %d OHCHR status files (%d country rows), %d ratification rows (UN-CYBERCRIME), "
          "%d UPR recommendations in %d reviews (%d CSV rows, one per recommending state)."
          % (manifest["seed"], manifest["ohchr"]["files"], manifest["ohchr"]["rows"],
             manifest["ratifications"]["rows"], u["recommendations"], u["reviews"], u["rows"]))
        w("")
        w("Imported over %s." % shipped)
        w("")
    w("Rows in the database under test: " + ", ".join(
        "%s %s" % (k[len("count_"):], facts[k]) for k in facts if k.startswith("count_")) + ".")
    if facts.get("dataset_files"):
        w("Dataset files in it (sources of kind `dataset`, shipped and imported): %s." % facts["dataset_files"])
    w("")

    # --- imports
    if facts.get("import_skipped") != "1":
        w("## Imports")
        w("")
        w("| import | files | status | rows | added | import seconds | rows/s | wall seconds (with JVM start) | peak RSS (MB) |")
        w("|---|---|---|---|---|---|---|---|---|")
        groups = {}
        for rc_file in sorted(glob.glob(os.path.join(raw, "imports", "*.rc"))):
            name = os.path.basename(rc_file)[:-3]
            group = "ohchr-status" if name.startswith("ohchr-") else name
            rc, wall = (read(rc_file) or "1 0").split()
            result = {}
            # the importer's JSON line: the last line of stdout that is a JSON object (log lines
            # of the shutdown may follow it)
            for line in reversed((read(rc_file[:-3] + ".out") or "").splitlines()):
                if line.startswith("{"):
                    try:
                        result = json.loads(line)
                        break
                    except ValueError:
                        pass
            status = result.get("status", "no JSON") if rc == "0" else "exit %s" % rc
            g = groups.setdefault(group, {"files": 0, "status": set(), "rows": 0, "added": 0, "seconds": 0.0, "wall": 0.0,
                                          "rss": None})
            peak = re.search(r"peak_rss_kb=(\d+)", read(rc_file[:-3] + ".mem") or "")
            if peak:
                g["rss"] = max(g["rss"] or 0, int(peak.group(1)) / 1024)
            g["files"] += 1
            g["status"].add(status)
            g["rows"] += int(result.get("rows") or 0)
            g["added"] += int(result.get("added") or 0)
            g["seconds"] += float(result.get("seconds") or 0)
            g["wall"] += float(wall)
        for group, g in groups.items():
            rate = g["rows"] / g["seconds"] if g["seconds"] else None
            w("| %s | %d | %s | %d | %d | %.2f | %s | %.1f | %s |" % (group, g["files"], "/".join(sorted(g["status"])),
                                                                    g["rows"], g["added"], g["seconds"], fmt(rate, "%.0f"),
                                                                    g["wall"], fmt(g["rss"], "%.0f")))
        w("")
        w("rows: source rows read; added: what the importer reports it added (treaty actions, recommendations). "
          "rows/s is the sum of the importers' reported rows over the sum of their reported seconds; peak RSS is the"
          " largest import process's (`/usr/bin/time`, when the machine has it)%s."
          % ("; `upr-recommendations-again` re-imports the same file (expected: unchanged)"
             if "upr-recommendations-again" in groups else ""))
        w("")

    # --- endpoints
    w("## Read endpoints")
    w("")
    settings = dict(kv.split("=", 1) for kv in env.get("settings", "").split() if "=" in kv)
    w("wrk -t%s -c%s -d%s --latency, each request a random path of the endpoint's list (after a %s warm-up); "
      "pgbench -n -c%s -j%s -T%s on the same request's SQL (bench/pgbench/<name>.sql), the service idle. "
      "ratio = API req/s / pgbench tps. Latencies in ms; errors = non-2xx/3xx responses + socket errors."
      % (settings.get("threads", "?"), settings.get("connections", "?"), settings.get("duration", "?"),
         settings.get("warmup", "?"), settings.get("connections", "?"), settings.get("threads", "?"),
         settings.get("duration", "?").rstrip("s")))
    w("")
    w("HTTP floor: the same wrk load on `GET /floor/{bytes}`, the same service answering a constant body of each "
      "path's response size from memory (bytes: as curl gets the endpoint's paths with wrk's Accept and no "
      "Accept-Encoding; the mean and range when they differ), through the same HTTP stack and filters, which read "
      "the data release from the database for it as for every read; every floor measured first, before any "
      "endpoint's load. ratio = API req/s / floor req/s.")
    w("")
    w("| endpoint | requests | API req/s | p50 | p99 | errors | bytes | pgbench tps | pgbench latency avg | ratio to pgbench "
      "| HTTP floor req/s | floor p99 | floor errors | ratio to HTTP floor |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    results = {}
    for name, title, what in ENDPOINTS:
        wr = parse_wrk(read(os.path.join(raw, "wrk-%s.txt" % name)))
        pg = parse_pgbench(read(os.path.join(raw, "pgbench-%s.txt" % name)))
        fl = parse_wrk(read(os.path.join(raw, "wrk-floor-%s.txt" % name)))
        ratio = wr["rps"] / pg["tps"] if wr and pg and wr["rps"] is not None and pg["tps"] else None
        floor_ratio = wr["rps"] / fl["rps"] if wr and fl and wr["rps"] is not None and fl["rps"] else None
        results[name] = (wr, pg, ratio, fl, floor_ratio)
        w("| `%s` (%s) | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            title, what, fmt(wr and wr["requests"], "%d"), fmt(wr and wr["rps"], "%.0f"),
            fmt(wr and wr["p50"], "%.2f"), fmt(wr and wr["p99"], "%.2f"), fmt(wr and wr["errors"], "%d"),
            size_text(floor_sizes(raw, name)), fmt(pg and pg["tps"], "%.0f"), fmt(pg and pg["lat"], "%.2f"),
            fmt(ratio, "%.2f"), fmt(fl and fl["rps"], "%.0f"), fmt(fl and fl["p99"], "%.2f"),
            fmt(fl and fl["errors"], "%d"), fmt(floor_ratio, "%.2f")))
    w("")
    heys = hey_table(w, raw, "Point reads at a fixed 1000 req/s (hey -c 10 -q 100)", POINT_READS, "hey",
                     "achieved req/s")
    hey1 = hey_table(w, raw, "UPR statistics from one client (hey -c 1, no queueing)", STATS, "hey1", "req/s")

    # --- pages
    pages = [line.split(" ", 1) for line in (read(os.path.join(raw, "pages.txt")) or "").splitlines() if " " in line]
    page_runs = {}
    if pages:
        w("## Pages (HTML)")
        w("")
        w("Each page first from one client (hey -z%s -c 1, back to back: on loopback the latency is the server's "
          "time to render it), then under load (wrk -t%s -c%s -d%s --latency, after a %s warm-up), "
          "`Accept: text/html`, no `If-None-Match` (every answer rendered in full). Latencies in ms; "
          "bytes: the page's size; state: the one with the most recommendations (%s, %s)."
          % (settings.get("duration", "?"), settings.get("threads", "?"), settings.get("connections", "?"),
             settings.get("duration", "?"), settings.get("warmup", "?"), facts.get("page_state", "?"),
             facts.get("page_state_recommendations", "?")))
        w("")
        w("The last columns: the same wrk load on the page's HTTP floor (`/floor/<bytes>?type=html`, its size as HTML "
          "from memory, measured just before the page), and the page's req/s under load over the floor's.")
        w("")
        w("Made afresh: the same one client sending `Cache-Control: no-cache`, so that every answer is made from the "
          "database (what the first reader after a change, or of a new search, waits); the other columns are answered "
          "from the read model once it holds the page.")
        w("")
        w("| page | URL | bytes | made afresh, one client req/s | p50 | p99 | one client req/s | p50 | p99 | errors "
          "| %s connections req/s | p50 | p99 | errors "
          "| HTTP floor req/s | floor p99 | ratio to HTTP floor |" % settings.get("connections", "?"))
        w("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for name, path in pages:
            fresh = parse_hey(read(os.path.join(raw, "hey1-fresh-page-%s.txt" % name)))
            h = parse_hey(read(os.path.join(raw, "hey1-page-%s.txt" % name)))
            wr = parse_wrk(read(os.path.join(raw, "wrk-page-%s.txt" % name)))
            fl = parse_wrk(read(os.path.join(raw, "wrk-floor-page-%s.txt" % name)))
            floor_ratio = wr["rps"] / fl["rps"] if wr and fl and wr["rps"] is not None and fl["rps"] else None
            page_runs[name] = (path, fresh or h, wr)
            w("| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                name, path, facts.get("page_bytes_" + name, "n/a"),
                fmt(fresh and fresh["rps"], "%.0f"), fmt(fresh and fresh["p50"], "%.2f"), fmt(fresh and fresh["p99"], "%.2f"),
                fmt(h and h["rps"], "%.0f"),
                fmt(h and h["p50"], "%.2f"), fmt(h and h["p99"], "%.2f"), fmt(h and h["errors"], "%d"),
                fmt(wr and wr["rps"], "%.0f"), fmt(wr and wr["p50"], "%.2f"), fmt(wr and wr["p99"], "%.2f"),
                fmt(wr and wr["errors"], "%d"), fmt(fl and fl["rps"], "%.0f"), fmt(fl and fl["p99"], "%.2f"),
                fmt(floor_ratio, "%.2f")))
        w("")

    # --- other measurements
    # the peak under load: after wrk and hey, and after the pages when they were measured
    hwm = max(filter(None, (num("hwm_after_load_kb"), num("hwm_after_pages_kb"))), default=None)
    w("## Startup, memory, CSV export")
    w("")
    cache = facts.get("startup_cache")
    w("- startup to ready (launch until `/q/health/ready` answers 200, wall clock): %s s; Quarkus' \"started in\": %s s; %s"
      % (fmt(num("startup_wall_s"), "%.2f"), facts.get("startup_log_s") or "n/a",
         "with the JVM's start-up cache (`%s`, trained by ops/startup-cache.sh in %s s)" % (cache, fmt(num("startup_cache_train_s"), "%.0f"))
         if cache else "without a start-up cache"))
    w("- service RSS: idle after start %s MB; after wrk %s MB; after hey %s MB (peak VmHWM %s MB); after the CSV export %s MB (peak %s MB)"
      % tuple(fmt(num(k) and num(k) / 1024, "%.0f") for k in
              ("rss_idle_kb", "rss_after_wrk_kb", "rss_after_load_kb", "hwm_after_load_kb", "rss_after_export_kb",
               "hwm_after_export_kb")))
    if num("hwm_after_pages_kb") is not None:
        w("- service RSS after the pages: %s MB (peak VmHWM %s MB)" % (
            fmt(num("rss_after_pages_kb") / 1024, "%.0f"), fmt(num("hwm_after_pages_kb") / 1024, "%.0f")))
    csv_rows, csv_s = num("csv_rows"), num("csv_seconds")
    w("- full CSV export (`GET /api/v1/recommendations`, Accept: text/csv, curl): HTTP %s, %s rows, %s MB in %s s (%s rows/s)"
      % (facts.get("csv_http", "n/a"), fmt(csv_rows, "%d"), fmt(num("csv_bytes") and num("csv_bytes") / 1e6, "%.1f"),
         fmt(csv_s, "%.2f"), fmt(csv_rows / csv_s if csv_rows and csv_s else None, "%.0f")))
    if facts.get("load_average_end"):
        w("- load average at the end: %s (on %s cores; anything above the load generators' share means other work ran meanwhile)"
          % (facts["load_average_end"], env.get("cores", "?")))
    if num("seed_wall_s") is not None:
        w("- first run on an empty database (create, migrate, load seeds, no HTTP): %s s" % fmt(num("seed_wall_s"), "%.1f"))
    w("")

    # --- targets
    w("## Targets")
    w("")
    conns = settings.get("connections", "?")
    w("### Issue 17, point 4 (all in one run)")
    w("")
    w("| target | measured | verdict |")
    w("|---|---|---|")
    for name, _, _ in ENDPOINTS:
        wr, pg, ratio = results[name][:3]
        w("| %s: API req/s >= %.1f x its pgbench floor | %s of %s tps = %s | %s |" % (
            name, TARGET_PGBENCH_RATIO, fmt(wr and wr["rps"], "%.0f"), fmt(pg and pg["tps"], "%.0f"), fmt(ratio, "%.2f"),
            verdict(None if ratio is None else ratio >= TARGET_PGBENCH_RATIO, "pgbench floor " + name)))
    for name in HTTP_FLOOR_ENDPOINTS:
        wr, _, _, fl, floor_ratio = results[name]
        w("| %s: API req/s >= %.1f x its HTTP floor | %s of %s req/s = %s | %s |" % (
            name, TARGET_HTTP_FLOOR_RATIO, fmt(wr and wr["rps"], "%.0f"), fmt(fl and fl["rps"], "%.0f"),
            fmt(floor_ratio, "%.2f"),
            verdict(None if floor_ratio is None else floor_ratio >= TARGET_HTTP_FLOOR_RATIO, "http floor " + name)))
    for name, _, _ in ENDPOINTS:
        if name in LOAD_P99_EXEMPT:
            continue
        wr = results[name][0]
        # a run that answered nothing, or answered with errors, misses: its p99 is not the endpoint's
        ok = None if not wr else (wr["requests"] is not None and wr["requests"] > 0 and wr["p99"] is not None
                                  and wr["errors"] == 0 and wr["p99"] < TARGET_LOAD_P99_MS)
        w("| %s: p99 < %.0f ms at %s connections (wrk) | %s ms, %s errors | %s |" % (
            name, TARGET_LOAD_P99_MS, conns, fmt(wr and wr["p99"], "%.2f"), fmt(wr and wr["errors"], "%d"),
            verdict(ok, "p99 " + name)))
    st = num("startup_wall_s")
    w("| startup to ready < %.0f s | %s s | %s |" % (TARGET_STARTUP_S, fmt(st, "%.2f"),
                                                    verdict(None if st is None else st < TARGET_STARTUP_S, "startup")))
    # VmHWM is the process's peak so far: the last one read (after the CSV export) is the run's
    peak = num("hwm_after_export_kb")
    w("| peak RSS < %.0f MB (VmHWM at the end of the run, the CSV export included) | %s MB | %s |" % (
        TARGET_RSS_MB, fmt(peak and peak / 1024, "%.0f"),
        verdict(None if peak is None else peak / 1024 < TARGET_RSS_MB, "peak rss")))
    w("")
    w("### Earlier targets")
    w("")
    w("| target | measured | verdict |")
    w("|---|---|---|")
    for name in POINT_READS:
        wr, pg, ratio = results[name][:3]
        w("| %s: API req/s >= %d%% of the pgbench floor | %s of %s tps = %s%% | %s |" % (
            name, TARGET_FLOOR_SHARE * 100, fmt(wr and wr["rps"], "%.0f"), fmt(pg and pg["tps"], "%.0f"),
            fmt(ratio and ratio * 100, "%.0f"), verdict(None if ratio is None else ratio >= TARGET_FLOOR_SHARE, "floor " + name)))
        h = heys[name]
        # the rate must actually be reached (hey's -q is a ceiling): a service slower than 1000 req/s misses
        ok = None if not h or h["p99"] is None else (
            h["p99"] < TARGET_POINT_P99_MS and h["errors"] == 0 and (h["rps"] or 0) >= 0.95 * 1000)
        w("| %s: p99 < %.0f ms at 1000 req/s (rate reached) | p99 %s ms at %s req/s, %s errors | %s |" % (
            name, TARGET_POINT_P99_MS, fmt(h and h["p99"], "%.2f"), fmt(h and h["rps"], "%.0f"),
            fmt(h and h["errors"], "%d"), verdict(ok, "rate " + name)))
    for name in STATS:
        h = hey1[name]
        ok = None if not h or h["p99"] is None else (h["p99"] < TARGET_STATS_P99_MS and h["errors"] == 0)
        w("| %s: p99 < %.0f ms, one client | %s ms | %s |" % (name, TARGET_STATS_P99_MS, fmt(h and h["p99"], "%.2f"),
                                                            verdict(ok, "one client " + name)))
        wr = results[name][0]
        ok = None if not wr or wr["p99"] is None else (wr["p99"] < TARGET_STATS_P99_MS and wr["errors"] == 0)
        w("| %s: p99 < %.0f ms under the wrk load (%s connections) | %s ms | %s |" % (
            name, TARGET_STATS_P99_MS, settings.get("connections", "?"), fmt(wr and wr["p99"], "%.2f"),
            verdict(ok, "under load " + name)))
    for name, (path, h, wr) in page_runs.items():
        # measured but never answered (every request an error): a miss, not n/a
        ok = None if not h else (h["p99"] is not None and h["ok"] > 0 and h["errors"] == 0 and h["p99"] < TARGET_PAGE_P99_MS)
        w("| page %s (`%s`): p99 < %.0f ms, one client, made afresh | %s ms, %s errors | %s |" % (
            name, path, TARGET_PAGE_P99_MS, fmt(h and h["p99"], "%.2f"), fmt(h and h["errors"], "%d"),
            verdict(ok, "page " + name)))
    csv_ok = None
    if csv_rows is not None and csv_s is not None and csv_rows >= TARGET_CSV_ROWS:
        csv_ok = csv_s < TARGET_CSV_S and facts.get("csv_http") == "200"
    w("| CSV export of %d recommendations < %.0f s | %s rows in %s s | %s |" % (
        TARGET_CSV_ROWS, TARGET_CSV_S, fmt(csv_rows, "%d"), fmt(csv_s, "%.2f"),
        verdict(csv_ok, "csv") if csv_ok is not None else "n/a (fewer rows than the target's)"))
    w("| RSS < %.0f MB under load (peak VmHWM after wrk, hey and the pages) | %s MB | %s |" % (
        TARGET_RSS_MB, fmt(hwm and hwm / 1024, "%.0f"), verdict(None if hwm is None else hwm / 1024 < TARGET_RSS_MB, "rss")))
    w("")
    if MISSED:
        reasons = explanations(os.path.join(os.path.dirname(os.path.abspath(__file__)), "misses.md"))
        w("## Why the missed targets are missed")
        w("")
        w("From bench/world/misses.md (written by hand from these measurements; shown only for targets this run missed).")
        w("")
        for key in MISSED:
            w("- **%s**: %s" % (key, reasons.get(key, "no explanation on file yet.")))
        w("")
    bad = read(os.path.join(raw, "bad-paths.txt"))
    if bad:
        w("Paths that did not answer 2xx before the load (their requests count as errors):")
        w("")
        w("```")
        w(bad.rstrip())
        w("```")
        w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
