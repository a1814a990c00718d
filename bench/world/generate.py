#!/usr/bin/env python3
"""Generate a synthetic but realistic "world" of source files for the Treaty Tracker importers.

Writes, under --out DIR:
  ohchr/<CODE>.csv            one OHCHR "status of ratification" export per UN instrument (18 files)
  ratifications.csv           generic ratification CSV for UN-CYBERCRIME
  ratifications-mapping.yaml  its column mapping
  upr-recommendations.csv     UPR-Info style: one row per (recommendation, recommending state) pair
  upr-mapping.yaml            its column mapping
  manifest.json               what was written (row counts), for bench/world.sh and for checks

Party names, aliases, treaty names and UPR cycles are read from a Treaty Tracker database that the
service has already created and seeded (psql must be on the PATH). Deterministic for a given --seed
and database content. Python standard library only.

Usage: generate.py --db tt_bench [--host 127.0.0.1] [--port 5432] [--user postgres]
                   [--out DIR] [--seed 42] [--recommendations 200000]
"""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta

# The 193 UN member states: the states under review at the UPR, and the rows of OHCHR's tables.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
# OHCHR's tables also list the two observer states and two states in free association with New Zealand.
OHCHR_EXTRA = ["VAT", "PSE", "COK", "NIU"]

# Share of states party (ratification or accession), by treaty; a protocol's share is of its
# parent's parties. Approximately the real figures.
PARTY_SHARE = {
    "ICERD": 0.92, "ICCPR": 0.88, "ICESCR": 0.87, "CEDAW": 0.97, "CAT": 0.88, "CRC": 0.99,
    "ICMW": 0.31, "CPED": 0.38, "CRPD": 0.94,
    "ICCPR-OP1": 0.67, "ICCPR-OP2": 0.53, "OP-ICESCR": 0.16, "OP-CEDAW": 0.65, "OP-CAT": 0.55,
    "OP-CRC-AC": 0.88, "OP-CRC-SC": 0.90, "OP-CRC-IC": 0.29, "OP-CRPD": 0.65,
}
# Year each instrument was adopted, when the database has no date for it.
ADOPTED = {
    "ICERD": 1965, "ICCPR": 1966, "ICCPR-OP1": 1966, "ICCPR-OP2": 1989, "ICESCR": 1966, "OP-ICESCR": 2008,
    "CEDAW": 1979, "OP-CEDAW": 1999, "CAT": 1984, "OP-CAT": 2002, "CRC": 1989, "OP-CRC-AC": 2000,
    "OP-CRC-SC": 2000, "OP-CRC-IC": 2011, "ICMW": 1990, "CPED": 2006, "CRPD": 2006, "OP-CRPD": 2006,
    "UN-CYBERCRIME": 2024,
}
CYBERCRIME = "UN-CYBERCRIME"
# Sessions per cycle when the database gives no last session (the 4th cycle is still running).
DEFAULT_LAST_SESSION = {1: 12, 2: 26, 3: 40, 4: 48}
# Relative review size per cycle: later cycles have more recommendations per review.
CYCLE_WEIGHT = {1: 0.45, 2: 0.85, 3: 1.2, 4: 1.35}

THEMES = [
    "Rights of the Child", "Women's rights", "Torture and other CID treatment", "Freedom of expression",
    "Freedom of association and peaceful assembly", "Human rights defenders", "Death penalty",
    "Justice", "Detention conditions", "Racial discrimination", "Rights of persons with disabilities",
    "Migrants", "Refugees and asylum-seekers", "Indigenous peoples", "Minorities", "Right to education",
    "Right to health", "Right to an adequate standard of living", "Trafficking in persons",
    "International instruments", "National Human Rights Institution", "Cooperation with treaty bodies",
    "Sexual orientation and gender identity", "Freedom of religion and belief", "Labour rights",
    "Environment", "Corruption", "Enforced disappearances",
]

# Per theme: objects of the recommendation's verb, so that a row's text and its themes agree.
THEME_TOPICS = {
    "Rights of the Child": ["child labour", "the sexual exploitation of children", "corporal punishment of children in all settings",
                            "child, early and forced marriage", "the rights of the child", "birth registration of all children"],
    "Women's rights": ["violence against women and girls", "gender-based violence", "discrimination against women",
                       "the participation of women in political and public life", "female genital mutilation", "domestic violence"],
    "Torture and other CID treatment": ["torture and ill-treatment by law enforcement officials", "torture in places of detention",
                                        "impunity for acts of torture"],
    "Freedom of expression": ["restrictions on freedom of expression", "attacks against journalists and media workers",
                              "online censorship", "the criminalization of defamation"],
    "Freedom of association and peaceful assembly": ["restrictions on peaceful assembly", "the registration of civil society organizations",
                                                     "the excessive use of force against protesters"],
    "Human rights defenders": ["reprisals against human rights defenders", "the harassment of human rights defenders",
                               "a safe and enabling environment for civil society"],
    "Death penalty": ["the death penalty", "executions", "a moratorium on the use of the death penalty"],
    "Justice": ["the independence of the judiciary", "access to justice", "pretrial detention", "fair trial guarantees"],
    "Detention conditions": ["prison overcrowding", "conditions of detention", "alternatives to detention"],
    "Racial discrimination": ["racial discrimination", "hate speech and hate crimes", "racial profiling", "xenophobia"],
    "Rights of persons with disabilities": ["the rights of persons with disabilities", "inclusive education for children with disabilities",
                                            "accessibility for persons with disabilities"],
    "Migrants": ["the rights of migrant workers", "the exploitation of migrant domestic workers", "the detention of migrants"],
    "Refugees and asylum-seekers": ["the protection of refugees and asylum-seekers", "statelessness", "the principle of non-refoulement"],
    "Indigenous peoples": ["the rights of indigenous peoples", "the land rights of indigenous peoples", "free, prior and informed consent"],
    "Minorities": ["discrimination against minorities", "the rights of persons belonging to minorities", "the inclusion of Roma"],
    "Right to education": ["access to quality education", "school dropout", "the right to education of girls"],
    "Right to health": ["access to health care", "maternal mortality", "sexual and reproductive health services", "HIV/AIDS"],
    "Right to an adequate standard of living": ["poverty", "access to safe drinking water and sanitation", "food security",
                                                "access to adequate housing"],
    "Trafficking in persons": ["trafficking in persons", "trafficking in women and children", "forced labour"],
    "International instruments": [],
    "National Human Rights Institution": ["a national human rights institution in full compliance with the Paris Principles",
                                          "the mandate and resources of the national human rights institution"],
    "Cooperation with treaty bodies": ["cooperation with the treaty bodies", "overdue reports to the treaty bodies",
                                       "a standing invitation to all special procedures"],
    "Sexual orientation and gender identity": ["discrimination on the basis of sexual orientation and gender identity",
                                               "the decriminalization of consensual same-sex relations"],
    "Freedom of religion and belief": ["freedom of religion or belief", "discrimination against religious minorities"],
    "Labour rights": ["decent working conditions", "the right to form and join trade unions", "the gender pay gap"],
    "Environment": ["the adverse effects of climate change", "environmental degradation", "the right to a healthy environment"],
    "Corruption": ["corruption", "transparency and accountability in public administration"],
    "Enforced disappearances": ["enforced disappearances", "the search for disappeared persons"],
}

VERB_TEMPLATES = [
    "Take further measures to combat {topic}",
    "Take effective measures to eliminate {topic}",
    "Continue its efforts to address {topic}",
    "Strengthen its legislation and policies on {topic}",
    "Adopt a comprehensive national action plan on {topic}",
    "Intensify efforts to prevent and punish {topic}",
    "Step up its efforts to tackle {topic}",
    "Ensure the effective implementation of legislation on {topic}",
    "Develop a national strategy to address {topic}",
    "Allocate sufficient resources to programmes addressing {topic}",
    "Consider adopting specific legislation on {topic}",
    "Guarantee that all allegations concerning {topic} are promptly and impartially investigated",
    "Raise public awareness of {topic}",
    "Establish an independent mechanism to monitor {topic}",
]
TREATY_TEMPLATES = [
    "Ratify the {treaty}",
    "Consider ratifying the {treaty}",
    "Accede to the {treaty}",
    "Sign and ratify the {treaty}",
    "Take steps towards ratification of the {treaty}",
    "Expedite the ratification process of the {treaty}",
]
TAILS = [
    "", "", "", "",
    ", in line with its international human rights obligations",
    ", including by allocating adequate human and financial resources",
    ", with the support of the international community",
    ", in consultation with civil society",
    ", and ensure that perpetrators are brought to justice",
    ", in particular in rural areas",
    ", as previously recommended",
    ", and harmonize its national legislation accordingly",
    ", and provide adequate support and remedies to victims",
    ", with the technical assistance of OHCHR",
]


def psql_rows(args, sql):
    command = ["psql", "-h", args.host, "-p", str(args.port), "-U", args.user, "-d", args.db,
               "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql]
    try:
        out = subprocess.run(command, check=True, capture_output=True, text=True, encoding="utf-8").stdout
    except subprocess.CalledProcessError as e:
        sys.exit("generate.py: psql failed: " + e.stderr.strip())
    return [line.split("\t") for line in out.splitlines() if line]


class World:
    def __init__(self, args):
        self.names = {}  # code -> English name
        for code, name in psql_rows(args, "SELECT code, name_en FROM parties WHERE kind = 'state' AND iso3 IS NOT NULL ORDER BY code"):
            self.names[code] = name
        if not self.names:
            sys.exit("generate.py: no states in database %s: start the service on it once to seed it" % args.db)
        french = {row[0] for row in psql_rows(args, "SELECT name_fr FROM parties")}
        self.aliases = {}  # code -> English alias spellings other than the name
        for code, alias in psql_rows(args, "SELECT party_code, alias FROM party_aliases ORDER BY party_code, normalized"):
            if code in self.names and alias != self.names[code] and alias not in french \
                    and not any(c in alias for c in "ÉéèêÈ"):
                self.aliases.setdefault(code, []).append(alias)
        self.treaties = []  # (code, kind, parent, name_en), ordered by code
        for code, kind, parent, name in psql_rows(args, "SELECT code, kind, coalesce(parent_code, ''), name_en FROM treaties ORDER BY code"):
            self.treaties.append((code, kind, parent or None, name))
        self.adopted = dict(ADOPTED)
        for code, year in psql_rows(args, "SELECT treaty_code, min(extract(year FROM event_date))::int FROM treaty_dates"
                                          " WHERE event IN ('adopted', 'opened_for_signature') GROUP BY treaty_code"):
            self.adopted[code] = int(year)
        self.cycles = []  # (number, first_session, last_session)
        for number, first, last in psql_rows(args, "SELECT number, coalesce(first_session, 0), coalesce(last_session, 0)"
                                                   " FROM upr_cycles ORDER BY number"):
            number, first, last = int(number), int(first), int(last)
            if not first:
                first = {1: 1, 2: 13, 3: 27, 4: 41}.get(number, 1)
            if not last:
                last = DEFAULT_LAST_SESSION.get(number, first + 7)
            self.cycles.append((number, first, last))
        if not self.cycles:
            self.cycles = [(1, 1, 12), (2, 13, 26), (3, 27, 40), (4, 41, 48)]
        self.members = [c for c in UN_MEMBERS if c in self.names]
        if len(self.members) < 150:  # a database with other codes: take every state
            self.members = sorted(self.names)
        self.ohchr_rows = sorted(self.members + [c for c in OHCHR_EXTRA if c in self.names and c not in self.members],
                                 key=lambda c: self.names[c].lower())


def random_date(rnd, start, end):
    if end <= start:
        return start
    return start + timedelta(days=rnd.randint(0, (end - start).days))


def dmy(d):
    return "" if d is None else d.strftime("%d/%m/%Y")


def write_ohchr(world, rnd, out):
    os.makedirs(os.path.join(out, "ohchr"), exist_ok=True)
    parties_of = {}  # treaty -> {code: ratification date}
    treaties = [t for t in world.treaties if t[0] != CYBERCRIME]
    # parents before protocols, so that a protocol's parties come from its parent's
    treaties.sort(key=lambda t: (t[2] is not None, t[0]))
    files, rows_total = 0, 0
    # ~10% of all rows spelled with an alias (OHCHR's "Viet Nam", "Türkiye"...), drawn from the
    # states that have one
    with_alias = sum(1 for state in world.ohchr_rows if world.aliases.get(state))
    alias_share = min(1.0, 0.10 * len(world.ohchr_rows) / with_alias) if with_alias else 0.0
    for code, kind, parent, name in treaties:
        # The importers refuse a date before the treaty's adoption or after the file's own date: the
        # world knows only the adoption year, so its dates start after that year's last day, and
        # end at the export's "Last Updated" day.
        adopted = date(adopted_year(world, code), 12, 31)
        updated_on = date(2025, 12, 1 + rnd.randint(0, 20))
        share = PARTY_SHARE.get(code, 0.7 if parent is None else 0.4)
        if parent is not None and parent in parties_of:
            candidates = parties_of[parent]
        else:
            candidates = {c: None for c in world.ohchr_rows}
        ratified = {}
        for state in world.ohchr_rows:
            if state in candidates and rnd.random() < share:
                earliest = max(adopted + timedelta(days=30), candidates[state] or adopted)
                ratified[state] = random_date(rnd, earliest, updated_on)
        parties_of[code] = ratified
        updated = "%s 10:%02d:%02d" % (updated_on.strftime("%d/%m/%Y"), rnd.randint(0, 59), rnd.randint(0, 59))
        path = os.path.join(out, "ohchr", code + ".csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(["%s [Last Updated: %s]" % (name, updated)])
            w.writerow(["Country", "Date of Signature (dd/mm/yyyy)", "Date of Ratification/Accession",
                        "Date of acceptance of individual communications procedure",
                        "Date of acceptance of inquiry procedure"])
            for state in world.ohchr_rows:
                ratification = ratified.get(state)
                signature = None
                if ratification is not None and rnd.random() < 0.6:
                    signature = random_date(rnd, adopted, ratification - timedelta(days=1))
                elif ratification is None and rnd.random() < 0.08:  # signed, never ratified
                    signature = random_date(rnd, adopted, updated_on)
                names = world.aliases.get(state)
                country = rnd.choice(names) if names and rnd.random() < alias_share else world.names[state]
                w.writerow([country, dmy(signature), dmy(ratification), "", ""])
                rows_total += 1
        files += 1
    return {"files": files, "rows": rows_total,
            "parties": {code: len(p) for code, p in sorted(parties_of.items())}}


def adopted_year(world, code):
    return world.adopted.get(code, 1966)


def write_cybercrime(world, rnd, out):
    rows = []
    opened = date(2025, 10, 25)
    for state in world.members:
        if rnd.random() < 0.38:
            signed = opened if rnd.random() < 0.8 else random_date(rnd, opened, date(2026, 6, 30))
            rows.append((state, CYBERCRIME, "signature", signed.isoformat()))
            if rnd.random() < 0.06:
                rows.append((state, CYBERCRIME, "ratification", random_date(rnd, signed + timedelta(days=60), date(2026, 10, 31)).isoformat()))
        elif rnd.random() < 0.01:
            rows.append((state, CYBERCRIME, "accession", random_date(rnd, date(2026, 1, 1), date(2026, 10, 31)).isoformat()))
    with open(os.path.join(out, "ratifications.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["party", "treaty", "action", "date"])
        w.writerows(rows)
    with open(os.path.join(out, "ratifications-mapping.yaml"), "w", encoding="utf-8") as f:
        f.write("columns: {party: party, treaty: treaty, action: action, date: date}\n"
                "date_format: yyyy-MM-dd\n")
    return {"rows": len(rows)}


def distribute(total, weights, lo, hi):
    """Integers proportional to weights, each within [lo, hi] when that is feasible, summing to total."""
    n = len(weights)
    if total < lo * n or total > hi * n:
        lo, hi = 0, total
    fixed = {}
    while True:
        free = [i for i in range(n) if i not in fixed]
        left = total - sum(fixed.values())
        scale = left / sum(weights[i] for i in free)
        changed = False
        for i in free:
            v = weights[i] * scale
            if v < lo:
                fixed[i], changed = lo, True
            elif v > hi:
                fixed[i], changed = hi, True
        if not changed:
            break
    counts = [0] * n
    remainders = []
    for i in range(n):
        if i in fixed:
            counts[i] = fixed[i]
        else:
            v = weights[i] * scale
            counts[i] = int(v)
            remainders.append((v - int(v), i))
    missing = total - sum(counts)
    remainders.sort(reverse=True)
    for _, i in remainders[:missing]:
        counts[i] += 1
    return counts


def recommendation_text(rnd, themes, protocols):
    theme = themes[0]
    if theme == "International instruments" or (not THEME_TOPICS.get(theme)):
        text = rnd.choice(TREATY_TEMPLATES).format(treaty=rnd.choice(protocols))
    else:
        text = rnd.choice(VERB_TEMPLATES).format(topic=rnd.choice(THEME_TOPICS[theme]))
        if len(themes) > 1 and THEME_TOPICS.get(themes[1]) and rnd.random() < 0.5:
            text += ", as well as " + rnd.choice(THEME_TOPICS[themes[1]])
    return text + rnd.choice(TAILS) + "."


def write_upr(world, rnd, out, total):
    reviews = []  # (state, cycle, session)
    for number, first, last in world.cycles:
        sessions = list(range(first, last + 1))
        order = list(world.members)
        rnd.shuffle(order)
        for i, state in enumerate(order):  # ~equal numbers of states per session, as at the UPR
            reviews.append((state, number, sessions[i * len(sessions) // len(order)]))
    weights = [CYCLE_WEIGHT.get(c, 1.0) * rnd.uniform(0.6, 1.4) for _, c, _ in reviews]
    counts = distribute(total, weights, 40, 350)
    protocols = [name for code, kind, parent, name in world.treaties]
    member_names = [(c, world.names[c]) for c in world.members]
    rows = 0
    response_counts = {}
    with open(os.path.join(out, "upr-recommendations.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Recommendation number", "Recommendation", "State under Review", "Recommending State",
                    "Cycle", "Session", "Response", "Issues"])
        for (state, cycle, session), n in zip(reviews, counts):
            paragraph = rnd.randint(90, 160) if cycle > 1 else rnd.randint(60, 110)
            state_name = world.names[state]
            for k in range(1, n + 1):
                themes = rnd.sample(THEMES, rnd.choice((1, 1, 2, 2, 3)))
                text = recommendation_text(rnd, themes, protocols)
                r = rnd.random()
                response = "Supported" if r < 0.665 else "Accepted" if r < 0.70 else "Noted"
                response_counts[response] = response_counts.get(response, 0) + 1
                howmany = 1 if rnd.random() < 0.8 else rnd.choice((2, 3))
                recommenders = []
                while len(recommenders) < howmany:
                    code, name = rnd.choice(member_names)
                    if code != state and name not in recommenders:
                        recommenders.append(name)
                number = "%d.%d" % (paragraph, k)
                issues = "; ".join(themes)
                for name in recommenders:
                    w.writerow([number, text, state_name, name, cycle, session, response, issues])
                    rows += 1
    with open(os.path.join(out, "upr-mapping.yaml"), "w", encoding="utf-8") as f:
        f.write("columns: {un_number: Recommendation number, text: Recommendation, state_under_review: State under Review,"
                " recommending_states: Recommending State, cycle: Cycle, session: Session, response: Response, themes: Issues}\n"
                "separators: {themes: \";\"}\n"
                "language: en\n")
    return {"rows": rows, "recommendations": sum(counts), "reviews": len(reviews),
            "per_review_min": min(counts) if counts else 0, "per_review_max": max(counts) if counts else 0,
            "responses": response_counts}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", default=os.environ.get("PGDATABASE", "treaty_tracker"))
    p.add_argument("--host", default=os.environ.get("PGHOST", "127.0.0.1"))
    p.add_argument("--port", default=os.environ.get("PGPORT", "5432"))
    p.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    p.add_argument("--out", default="bench/results/tmp/world")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--recommendations", type=int, default=200000)
    args = p.parse_args()
    if args.recommendations < 0:
        p.error("--recommendations must be >= 0")

    started = time.monotonic()
    world = World(args)
    os.makedirs(args.out, exist_ok=True)
    # One generator per file, so that changing the size of one part does not change the others.
    manifest = {
        "seed": args.seed,
        "database": args.db,
        "states_under_review": len(world.members),
        "ohchr": write_ohchr(world, random.Random("%d/ohchr" % args.seed), args.out),
        "ratifications": write_cybercrime(world, random.Random("%d/cybercrime" % args.seed), args.out),
        "upr": write_upr(world, random.Random("%d/upr" % args.seed), args.out, args.recommendations),
    }
    manifest["seconds"] = round(time.monotonic() - started, 2)
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    print("generate.py: %d OHCHR files (%d rows), %d ratification rows, %d recommendations in %d UPR rows, %.1fs -> %s"
          % (manifest["ohchr"]["files"], manifest["ohchr"]["rows"], manifest["ratifications"]["rows"],
             manifest["upr"]["recommendations"], manifest["upr"]["rows"], manifest["seconds"], args.out))


if __name__ == "__main__":
    main()
