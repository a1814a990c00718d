#!/usr/bin/python3
"""Builds seeds/reference/un-states.csv: the UN member and observer States, their UN short names in
English and French, and their UN regional group, each value with its source.

    /usr/bin/python3 ops/build_un_states.py           rewrite the CSV and print what was found
    /usr/bin/python3 ops/build_un_states.py --check   exit 1 when the CSV is not what it would write

Reads only files of this repository and the JDK's ISO 3166 data (a `java` 17 on the PATH runs a
small helper written to a temporary folder). Needs xlrd for the OHCHR export, a legacy BIFF .xls
file: Debian's python3-xlrd (`apt-get install python3-xlrd`) for the system Python, hence the
interpreter above. docs/un-states.md says where every column comes from and what disagrees.

- membership: the 193 iso2 codes that the UN Treaty Collection tables of datasets/untc-status/
  list, all the same but one (their names are not the UN's and only help to match names), plus the
  two non-member observer States;
- name_en: the OHCHR export's "Country" column (datasets/ohchr/), unless the DGACM list (a newer UN
  list) writes the member otherwise;
- name_fr: the UN Statistics Division's M49 list in French (seeds/reference/un-names-fr-m49.csv),
  else the JDK's French name, marked jdk-cldr;
- regional_group: UPR Info's export (src/test/resources/upr-info/1-5.csv) where it names the
  state, checked against the DGACM list (seeds/reference/un-groups-dgacm.csv), which governs where
  they disagree and fills in the states UPR Info does not name.
"""
import argparse
import csv
import glob
import io
import os
import subprocess
import sys
import tempfile
import unicodedata

import yaml

try:
    import xlrd
except ImportError:
    sys.exit("xlrd is missing: apt-get install python3-xlrd, then run with /usr/bin/python3")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = "seeds/reference/un-states.csv"
UNTC_TABLES = "datasets/untc-status/hr_status_*.csv"
OHCHR_EXPORT = "datasets/ohchr/UnderlyingData_ICESCR_OHCHR_23_04_2026.xls"
OHCHR_SOURCE = "ohchr-icescr-2025-10-10"
UPR_INFO_EXPORT = "src/test/resources/upr-info/1-5.csv"
UPR_INFO_SOURCE = "upr-info-1-5"
DGACM_GROUPS = "seeds/reference/un-groups-dgacm.csv"
DGACM_SOURCE = "un-dgacm"
M49_FRENCH = "seeds/reference/un-names-fr-m49.csv"
M49_FRENCH_SOURCE = "https://unstats.un.org/unsd/methodology/m49/overview/"
JDK_SOURCE = "jdk-cldr"
PARTIES = "seeds/reference/parties.yaml"

# The UN Treaty Collection tables still write Timor-Leste with ISO's withdrawn code.
OBSOLETE_ISO2 = {"TP": "TL"}

# The one table that lists other states than the rest: Montserrat (a territory, "MS") where the
# others have Gabon, and South Sudan as "S" where the others have "SS". Not used for membership;
# the check below fails should the table change.
UNTC_ODD_TABLES = {"hr_status_op_crc_ic.csv": ({"MS", "S"}, {"GA", "SS"})}

# The two non-member States with a standing invitation as observers (General Assembly resolutions
# 58/314 for the Holy See and 67/19 for the State of Palestine); the OHCHR export lists both.
OBSERVERS = ["VAT", "PSE"]

# Rows of the OHCHR export that are no UN member or observer State: the EU is an organisation
# (seeds/reference/parties.yaml), the Cook Islands and Niue are States in free association with New
# Zealand that are members of neither the UN nor its observers.
OHCHR_NOT_STATES = {"European Union", "Cook Islands", "Niue"}

# Name forms that neither the JDK, the UN Treaty Collection tables nor parties.yaml resolve.
EXTRA_ALIASES = {
    "BOL": ["Bolivia"],
    "CIV": ["Cote d'Ivoire"],
    "COG": ["Republic of Congo"],
    "IRN": ["Iran"],
    "LAO": ["Laos"],
    "MDA": ["Moldova"],
    "SYR": ["Syria"],
    "TZA": ["Tanzania"],
    "VEN": ["Venezuela"],
}

# UPR Info's regional group labels.
UPR_INFO_GROUPS = {
    "Africa": "african",
    "Asia": "asia_pacific",
    "EEG": "eastern_european",
    "GRULAC": "latin_american_caribbean",
    "WEOG": "western_european_others",
}
UPR_INFO_NOT_GROUPS = {"Observer", "&#40;Unknown&#41;"}

DGACM_GROUP_CODES = {
    "African States": "african",
    "Asia-Pacific States": "asia_pacific",
    "Eastern European States": "eastern_european",
    "Latin American and Caribbean States": "latin_american_caribbean",
    "Western European and other States": "western_european_others",
}

# The DGACM page lists Türkiye under two groups; https://ask.un.org/faq/14521: "for electoral
# purposes is considered a member of the Group of Western European and other States only".
ELECTORAL_GROUP = {"TUR": "western_european_others"}

# Members left in no group although the DGACM list names one, with the source that says so. Empty:
# the DGACM page lists Kiribati under Asia-Pacific, while https://ask.un.org/faq/14521 (its copy of
# 25 January 2023) said "As of 2010, Kiribati ... is not a member of any regional group"; the list
# governs (docs/un-states.md). {"KIR": "https://ask.un.org/faq/14521"} would follow the answer.
NO_GROUP = {}

COLUMNS = ["iso3", "un_status", "name_en", "name_en_source", "name_fr", "name_fr_source",
           "regional_group", "regional_group_source"]

JDK_HELPER = """
import java.util.*;
public class IsoNames {
    public static void main(String[] args) {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            System.out.println(code + "\\t" + country.getISO3Country() + "\\t"
                + country.getDisplayCountry(Locale.ENGLISH) + "\\t" + country.getDisplayCountry(Locale.FRENCH));
        }
        System.out.println("#alpha3\\t" + String.join(" ", Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
        System.out.println("#version\\t" + System.getProperty("java.version"));
    }
}
"""


def path(relative):
    return os.path.join(ROOT, relative)


def key(name):
    """A name compared without case, accents, curly quotes or surrounding spaces."""
    name = name.replace("\u2019", "'").strip().casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


class Jdk:
    def __init__(self):
        with tempfile.TemporaryDirectory() as folder:
            source = os.path.join(folder, "IsoNames.java")
            with open(source, "w", encoding="utf-8") as out:
                out.write(JDK_HELPER)
            lines = subprocess.run(["java", "-Dstdout.encoding=UTF-8", "-Dfile.encoding=UTF-8", source],
                                   check=True, capture_output=True, encoding="utf-8").stdout.splitlines()
        self.by_iso2 = {}
        self.alpha3 = set()
        self.version = None
        for line in lines:
            fields = line.split("\t")
            if fields[0] == "#alpha3":
                self.alpha3 = set(fields[1].split())
            elif fields[0] == "#version":
                self.version = fields[1]
            else:
                iso2, iso3, english, french = fields
                self.by_iso2[iso2] = (iso3, english, french)
        self.by_iso3 = {iso3: (iso2, english, french) for iso2, (iso3, english, french) in self.by_iso2.items()}


class Names:
    """Resolves a state's name, in any of the forms the sources use, to its ISO alpha-3 code."""

    def __init__(self, jdk, untc_names):
        self.codes = {}
        for iso2, (iso3, english, _) in jdk.by_iso2.items():
            self.add(iso3, english)
        for iso3, names in untc_names.items():
            for name in names:
                self.add(iso3, name)
        for iso3, names in state_aliases().items():
            for name in names:
                self.add(iso3, name)
        for iso3, names in EXTRA_ALIASES.items():
            for name in names:
                self.add(iso3, name)

    def add(self, iso3, name):
        known = self.codes.setdefault(key(name), iso3)
        if known != iso3:
            raise SystemExit(f"name {name!r} stands for both {known} and {iso3}")

    def iso3(self, name, where):
        try:
            return self.codes[key(name)]
        except KeyError:
            raise SystemExit(f"{where}: no ISO code known for {name!r}")


def state_aliases():
    """parties.yaml's state_aliases, joining the lists of a code written twice as the loader does."""
    with open(path(PARTIES), encoding="utf-8") as source:
        document = yaml.compose(source)
    aliases = {}
    for key_node, value_node in document.value:
        if key_node.value == "state_aliases":
            for code_node, names_node in value_node.value:
                aliases.setdefault(code_node.value, []).extend(n.value for n in names_node.value)
    return aliases


def untc_members(jdk):
    """The iso2 codes every UN Treaty Collection table lists (the same in each but the odd one), as
    iso3, and the names the tables give each."""
    codes = None
    names = {}
    odd = []
    for table in sorted(glob.glob(path(UNTC_TABLES))):
        with open(table, encoding="utf-8", newline="") as source:
            rows = list(csv.DictReader(source))
        these = {OBSOLETE_ISO2.get(row["iso2"], row["iso2"]) for row in rows}
        if os.path.basename(table) in UNTC_ODD_TABLES:
            odd.append((table, these))
            continue
        if codes is not None and these != codes:
            raise SystemExit(f"{table} lists other states than the tables before it")
        codes = these
        for row in rows:
            iso3 = jdk.by_iso2[OBSOLETE_ISO2.get(row["iso2"], row["iso2"])][0]
            names.setdefault(iso3, set()).add(row["member"])
    for table, these in odd:
        extra, missing = UNTC_ODD_TABLES[os.path.basename(table)]
        if (these - codes, codes - these) != (extra, missing):
            raise SystemExit(f"{table} no longer differs from the others as UNTC_ODD_TABLES says")
    return {jdk.by_iso2[iso2][0] for iso2 in codes}, names


def ohchr_names(names):
    sheet = xlrd.open_workbook(path(OHCHR_EXPORT)).sheet_by_index(0)
    if sheet.cell_value(1, 0) != "Country":
        raise SystemExit(f"{OHCHR_EXPORT}: the second row is not the header row")
    found = {}
    for row in range(2, sheet.nrows):
        name = str(sheet.cell_value(row, 0)).strip()
        if not name:
            break
        if name in OHCHR_NOT_STATES:
            continue
        iso3 = names.iso3(name, OHCHR_EXPORT)
        if iso3 in found:
            raise SystemExit(f"{OHCHR_EXPORT}: {iso3} twice ({found[iso3]!r}, {name!r})")
        found[iso3] = name
    return found


def dgacm_groups(names):
    """Every group the DGACM list puts each state in, with the name it uses."""
    groups = {}
    with open(path(DGACM_GROUPS), encoding="utf-8", newline="") as source:
        rows = csv.DictReader(line for line in source if not line.startswith("#"))
        for row in rows:
            iso3 = names.iso3(row["name"], DGACM_GROUPS)
            groups.setdefault(iso3, []).append((DGACM_GROUP_CODES[row["group"]], row["name"]))
    return groups


def upr_info_groups(names):
    """The group UPR Info gives each state, as state under review or as recommending state."""
    with open(path(UPR_INFO_EXPORT), "rb") as source:
        text = source.read().decode("mac_roman").replace("\r", "\n")
    groups = {}
    for row in csv.DictReader(io.StringIO(text)):
        for name, label in ((row["To"], row["To-Rgrp"]), (row["From"], row["From-Rgrp"])):
            if label in UPR_INFO_NOT_GROUPS or name in UPR_INFO_NOT_GROUPS:
                continue
            iso3 = names.iso3(name, UPR_INFO_EXPORT)
            groups.setdefault(iso3, set()).add(UPR_INFO_GROUPS[label])
    for iso3, labels in groups.items():
        if len(labels) != 1:
            raise SystemExit(f"{UPR_INFO_EXPORT}: {iso3} in several groups {sorted(labels)}")
    return {iso3: labels.pop() for iso3, labels in groups.items()}


def m49_french():
    with open(path(M49_FRENCH), encoding="utf-8", newline="") as source:
        return {row["iso3"]: row["name_fr"]
                for row in csv.DictReader(line for line in source if not line.startswith("#"))}


def build(report):
    jdk = Jdk()
    members, untc_names = untc_members(jdk)
    names = Names(jdk, untc_names)
    english = ohchr_names(names)
    dgacm = dgacm_groups(names)
    upr_info = upr_info_groups(names)
    french = m49_french()

    report.append(f"JDK {jdk.version}; {len(members)} members in the UN Treaty Collection tables")
    for iso3 in sorted(set(english) - members - set(OBSERVERS)):
        report.append(f"OHCHR lists {iso3} ({english[iso3]}), neither member nor observer")
    for iso3 in sorted(set(dgacm) - members):
        report.append(f"DGACM lists {iso3}, not a member")

    rows = []
    for iso3 in sorted(members | set(OBSERVERS)):
        if iso3 not in jdk.alpha3:
            raise SystemExit(f"{iso3} is not an ISO alpha-3 code the JDK knows")
        status = "member" if iso3 in members else "observer"
        if iso3 not in english:
            raise SystemExit(f"{OHCHR_EXPORT} does not list {iso3}")
        name_en, name_en_source = english[iso3], OHCHR_SOURCE
        name_fr, name_fr_source = (french[iso3], M49_FRENCH_SOURCE) if iso3 in french \
            else (jdk.by_iso3[iso3][2], JDK_SOURCE)
        group, group_source = "", ""
        if status == "member":
            listed = dgacm.get(iso3, [])
            dgacm_group = ELECTORAL_GROUP.get(iso3) or (listed[0][0] if len(listed) == 1 else None)
            if dgacm_group is None:
                raise SystemExit(f"{DGACM_GROUPS}: {iso3} in {len(listed)} groups and no rule says which")
            if dgacm_group not in {g for g, _ in listed}:
                raise SystemExit(f"{iso3}: the electoral group is not one the DGACM list gives")
            dgacm_names = {dgacm_name for _, dgacm_name in listed}
            if dgacm_names != {name_en}:
                if len(dgacm_names) != 1:
                    raise SystemExit(f"{DGACM_GROUPS}: {iso3} under several names {sorted(dgacm_names)}")
                report.append(f"name of {iso3}: OHCHR {name_en!r}, DGACM {listed[0][1]!r} (DGACM kept)")
                name_en, name_en_source = listed[0][1], DGACM_SOURCE
            if iso3 in NO_GROUP:
                group, group_source = "", NO_GROUP[iso3]
            elif iso3 in upr_info and upr_info[iso3] == dgacm_group:
                group, group_source = upr_info[iso3], UPR_INFO_SOURCE
            else:
                if iso3 in upr_info:
                    report.append(f"group of {iso3}: UPR Info {upr_info[iso3]}, DGACM {dgacm_group} (DGACM kept)")
                group, group_source = dgacm_group, DGACM_SOURCE
            if len(listed) > 1:
                report.append(f"DGACM lists {iso3} under {[g for g, _ in listed]}; kept {group}")
        rows.append([iso3, status, name_en, name_en_source, name_fr, name_fr_source, group, group_source])

    counts = {}
    for row in rows:
        counts[row[1]] = counts.get(row[1], 0) + 1
        if row[1] == "member":
            counts[row[6] or "(none)"] = counts.get(row[6] or "(none)", 0) + 1
        counts["name_fr " + row[5]] = counts.get("name_fr " + row[5], 0) + 1
        counts["group " + (row[7] or "(none)")] = counts.get("group " + (row[7] or "(none)"), 0) + 1
    report.extend(f"{label}: {count}" for label, count in sorted(counts.items()))

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the CSV instead of writing it")
    args = parser.parse_args()
    report = []
    content = build(report)
    print("\n".join(report), file=sys.stderr)
    target = path(OUTPUT)
    if args.check:
        with open(target, "rb") as current:
            if current.read() != content:
                sys.exit(f"{OUTPUT} differs from what ops/build_un_states.py writes")
        print(f"{OUTPUT} is up to date", file=sys.stderr)
        return
    with open(target, "wb") as out:
        out.write(content)
    print(f"wrote {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
