#!/usr/bin/env python3
"""Check the shape of a world written by generate.py: headers, row counts against manifest.json,
recommendation numbers unique within a review (and one text per number), sessions within their
cycle, dates in order. Prints a summary; exits 1 on the first kind of problem found.

Usage: check.py DIR
"""

import csv
import json
import os
import sys
from datetime import datetime

OHCHR_HEADER = ["Country", "Date of Signature (dd/mm/yyyy)", "Date of Ratification/Accession",
                "Date of acceptance of individual communications procedure",
                "Date of acceptance of inquiry procedure"]
UPR_HEADER = ["Recommendation number", "Recommendation", "State under Review", "Recommending State",
              "Cycle", "Session", "Response", "Issues"]
SESSIONS = {1: (1, 12), 2: (13, 26), 3: (27, 40), 4: (41, 48)}


def fail(message):
    sys.exit("check.py: " + message)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    manifest = json.load(open(os.path.join(root, "manifest.json"), encoding="utf-8"))

    rows = 0
    files = sorted(os.listdir(os.path.join(root, "ohchr")))
    for name in files:
        with open(os.path.join(root, "ohchr", name), encoding="utf-8", newline="") as f:
            r = list(csv.reader(f))
        if len(r[0]) != 1 or "[Last Updated: " not in r[0][0]:
            fail("%s: first row is not one title cell: %r" % (name, r[0]))
        if r[1] != OHCHR_HEADER:
            fail("%s: header %r" % (name, r[1]))
        countries = [row[0] for row in r[2:]]
        if len(set(countries)) != len(countries):
            fail("%s: a country appears twice" % name)
        for row in r[2:]:
            if len(row) != 5:
                fail("%s: row of %d cells: %r" % (name, len(row), row))
            sig, rat = [datetime.strptime(v, "%d/%m/%Y") if v else None for v in row[1:3]]
            if sig and rat and sig >= rat:
                fail("%s: signature not before ratification: %r" % (name, row))
        rows += len(r) - 2
    if len(files) != manifest["ohchr"]["files"] or rows != manifest["ohchr"]["rows"]:
        fail("OHCHR: %d files, %d rows; manifest says %r" % (len(files), rows, manifest["ohchr"]))

    with open(os.path.join(root, "ratifications.csv"), encoding="utf-8", newline="") as f:
        r = list(csv.reader(f))
    if r[0] != ["party", "treaty", "action", "date"] or len(r) - 1 != manifest["ratifications"]["rows"]:
        fail("ratifications.csv: header %r, %d rows" % (r[0], len(r) - 1))
    for row in r[1:]:
        datetime.strptime(row[3], "%Y-%m-%d")
        if row[2] not in ("signature", "ratification", "accession") or len(row[0]) != 3:
            fail("ratifications.csv: row %r" % row)

    texts = {}  # (state, cycle, number) -> (text, response, issues)
    pairs = set()
    upr_rows = 0
    reviews = {}
    with open(os.path.join(root, "upr-recommendations.csv"), encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        if next(r) != UPR_HEADER:
            fail("upr-recommendations.csv: header")
        for row in r:
            upr_rows += 1
            number, text, state, recommender, cycle, session, response, issues = row
            cycle, session = int(cycle), int(session)
            lo, hi = SESSIONS.get(cycle, (1, 10 ** 6))
            if not lo <= session <= hi:
                fail("session %d in cycle %d" % (session, cycle))
            if response not in ("Supported", "Noted", "Accepted"):
                fail("response %r" % response)
            if not 1 <= len(issues.split("; ")) <= 3 or recommender == state:
                fail("row %r" % row)
            if reviews.setdefault((state, cycle), session) != session:
                fail("review %s/%d in two sessions" % (state, cycle))
            key = (state, cycle, number)
            if texts.setdefault(key, (text, response, issues)) != (text, response, issues):
                fail("recommendation %r has two texts" % (key,))
            if (key, recommender) in pairs:
                fail("recommendation %r twice from %s" % (key, recommender))
            pairs.add((key, recommender))
    upr = manifest["upr"]
    if upr_rows != upr["rows"] or len(texts) != upr["recommendations"] or len(reviews) != upr["reviews"]:
        fail("UPR: %d rows, %d recommendations, %d reviews; manifest says %r" % (upr_rows, len(texts), len(reviews), upr))
    per_review = {}
    for state, cycle, _ in texts:
        per_review[(state, cycle)] = per_review.get((state, cycle), 0) + 1
    print("check.py: OK: %d OHCHR files (%d rows), %d ratification rows, %d UPR rows = %d distinct recommendations"
          " in %d reviews (%d-%d per review), %d distinct texts"
          % (len(files), rows, manifest["ratifications"]["rows"], upr_rows, len(texts),
             len(reviews), min(per_review.values(), default=0), max(per_review.values(), default=0),
             len({v[0] for v in texts.values()})))


if __name__ == "__main__":
    main()
