#!/usr/bin/env python3
"""Captures every read of the API on the seeded and shipped data, to compare two builds.

    ops/capture_api.py capture OUT_DIR [--jar target/quarkus-app/quarkus-run.jar]
    ops/capture_api.py compare BEFORE_DIR AFTER_DIR

`capture` starts the packaged service on an embedded PostgreSQL in a temporary folder (nothing
else needed), lets it load seeds/ and datasets/, then GETs every GET operation of openapi.yaml with
sample path values (states, treaties, the sources, facts, citations, recommendations and imports
the service lists), each bare, as CSV where the operation offers it, and paged; it writes one file
per request: status, the headers a client relies on, and the body. Instants (import and write
times) and timings vary between runs and are masked, and so is the ETag of a body that held one.
`compare` lists the requests whose answers differ, with a diff of the first few; exit status 1 when
any differs. A redesign is checked by capturing before and after it.
"""
import argparse
import csv
import difflib
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import yaml

HEADERS = ["Content-Type", "ETag", "Link", "Cache-Control", "Vary", "Allow", "Location", "Content-Disposition"]
INSTANT = re.compile(r'\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})')
TIMINGS = re.compile(r'"(seconds|rows_per_second|duration_ms)":\s*[0-9.eE+-]+')
SAMPLES = {
    "iso3": ["VNM", "FRA", "ZZZ"],
    "code": ["CAT", "ICCPR-OP2", "UN-CYBERCRIME", "NOPE"],
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(base, path, headers=None):
    request = urllib.request.Request(base + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def ids(base, path, key="id", limit=3):
    status, _, body = fetch(base, path)
    if status != 200:
        return []
    return [str(item[key]) for item in json.loads(body)["items"][:limit]]


def requests_for(api, base):
    samples = dict(SAMPLES)
    samples["source"] = ids(base, "/api/v1/sources?per_page=1000", limit=1000)
    samples["import"] = ids(base, "/api/v1/imports", limit=2) + ["999999"]
    facts = set()
    for source in samples["source"][:6]:
        status, _, body = fetch(base, "/api/v1/sources/%s/claims" % urllib.parse.quote(source))
        if status == 200:
            for item in json.loads(body)["items"]:
                for entry in item.get("provenance") or []:
                    if entry.get("fact_id"):
                        facts.add(str(entry["fact_id"]))
                    if entry.get("citation_id"):
                        samples.setdefault("citation", set()).add(str(entry["citation_id"]))
    samples["fact"] = sorted(facts, key=int)[:5] + ["999999"]
    samples["citation"] = sorted(samples.get("citation", set()), key=int)[:3] + ["999999"]
    samples["recommendation"] = ids(base, "/api/v1/recommendations?per_page=3") + ["999999"]
    paths = []
    for template, item in api["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        names = re.findall(r"\{([^}]+)\}", template)
        if not names:
            variants = [template]
        else:
            kind = {"iso3": "iso3", "code": "code"}
            values = []
            for name in names:
                if name == "id":
                    collection = template.split("/")[3]
                    name = {"sources": "source", "imports": "import", "facts": "fact", "citations": "citation",
                            "recommendations": "recommendation"}[collection]
                values.append(samples[kind.get(name, name)])
            variants = [template]
            for name, choices in zip(names, values):
                variants = [v.replace("{" + name + "}", urllib.parse.quote(c), 1) for v in variants for c in choices[:12]]
        parameters = {p.get("$ref", "").split("/")[-1] or p.get("name") for p in operation.get("parameters", [])}
        for path in variants:
            paths.append(path)
            if "Format" in parameters:
                paths.append(path + "?format=csv")
            if "Page" in parameters:
                paths.append(path + "?page=2&per_page=5")
            if "AsOf" in parameters:
                paths.append(path + "?as_of=2014-12-31")
    return paths


def capture(args):
    api = yaml.safe_load(open("openapi.yaml", encoding="utf-8"))
    work = tempfile.mkdtemp(prefix="tt-capture-")
    port, pg_port = free_port(), free_port()
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), TRACKER_EMBEDDED_DIR=os.path.join(work, "pg"),
               TRACKER_EMBEDDED_PORT=str(pg_port), TRACKER_JWT_PUBLIC_KEY=os.path.join(work, "keys", "editor-public.pem"))
    env.pop("QUARKUS_DATASOURCE_JDBC_URL", None)
    jar = os.path.abspath(args.jar)
    subprocess.run(["java", "-jar", jar, "keygen", os.path.join(work, "keys")], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    token = subprocess.run(["java", "-jar", jar, "mint-token", "--subject", "capture", "--role", "editor",
                            "--key", os.path.join(work, "keys", "editor-private.pem")],
                           check=True, env=env, capture_output=True, text=True).stdout.strip()
    log = open(os.path.join(work, "service.log"), "w")
    service = subprocess.Popen(["java", "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = "http://127.0.0.1:%d" % port
    try:
        deadline = time.time() + 180
        while True:
            try:
                if fetch(base, "/q/health/ready")[0] == 200:
                    break
            except OSError:
                pass
            if service.poll() is not None or time.time() > deadline:
                sys.exit("the service did not get ready; its log: " + log.name)
            time.sleep(0.5)
        out = args.out_dir
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        paths = requests_for(api, base)
        for path in paths:
            headers = {"Authorization": "Bearer " + token} if path.startswith("/api/v1/audit") else {}
            status, answer, body = fetch(base, path, headers)
            name = re.sub(r"[^A-Za-z0-9._-]+", "_", path.strip("/"))[:180]
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write("GET %s\n%d\n" % (path, status))
                for header in HEADERS:
                    if header in answer:
                        f.write("%s: %s\n" % (header, answer[header]))
                f.write("\n")
                f.write(body.decode("utf-8", "replace"))
        print("%d answers in %s" % (len(paths), out))
    finally:
        service.send_signal(signal.SIGTERM)
        try:
            service.wait(60)
        except subprocess.TimeoutExpired:
            service.kill()
        shutil.rmtree(work, ignore_errors=True)


def masked_csv(body):
    rows = list(csv.reader(io.StringIO(body)))
    if not rows:
        return body
    volatile = [i for i, name in enumerate(rows[0]) if name in ("seconds", "rows_per_second", "duration_ms")]
    for row in rows[1:]:
        for i in volatile:
            if i < len(row):
                row[i] = "<timing>"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def normalised(text):
    head, _, body = text.partition("\n\n")
    masked = TIMINGS.sub(lambda m: '"%s":<timing>' % m.group(1), INSTANT.sub("<instant>", body))
    if "Content-Type: text/csv" in head:
        masked = masked_csv(masked)
    if masked != body:
        head = re.sub(r"(?m)^ETag: .*$", "ETag: <etag of a body with instants>", head)
    return head + "\n\n" + masked


def compare(args):
    before, after = set(os.listdir(args.before)), set(os.listdir(args.after))
    differing = []
    for name in sorted(before | after):
        if name not in before or name not in after:
            differing.append((name, "only in " + ("after" if name not in before else "before"), None))
            continue
        a = normalised(open(os.path.join(args.before, name), encoding="utf-8").read())
        b = normalised(open(os.path.join(args.after, name), encoding="utf-8").read())
        if a != b:
            differing.append((name, "differs", (a, b)))
    for i, (name, what, texts) in enumerate(differing):
        print("%s: %s" % (name, what))
        if texts and i < 10:
            for line in list(difflib.unified_diff(texts[0].splitlines(), texts[1].splitlines(), lineterm="", n=1))[:30]:
                print("    " + line[:300])
    print("%d of %d answers differ" % (len(differing), len(before | after)))
    return 1 if differing else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("capture")
    c.add_argument("out_dir")
    c.add_argument("--jar", default="target/quarkus-app/quarkus-run.jar")
    d = commands.add_parser("compare")
    d.add_argument("before")
    d.add_argument("after")
    args = parser.parse_args()
    sys.exit(capture(args) if args.command == "capture" else compare(args))


if __name__ == "__main__":
    main()
