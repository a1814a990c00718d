package org.treatytracker.bulk;

import java.util.List;

/**
 * The terms the data comes under, as DATA-LICENSE.md states them (kept to what is known: where a
 * source states no licence, it says so).
 */
public record DataTerms(String code, String curation, List<Dataset> datasets, String details) {

    public record Dataset(String name, String terms) {
    }

    static final DataTerms STATED = new DataTerms(
            "Apache-2.0 (the software)",
            "CC-BY-4.0: the project's own curation (seed claims, reference catalogs, mappings, what the service derives),"
                    + " attributed to The Treaty Tracker contributors. It does not cover the quoted passages or the datasets below.",
            List.of(new Dataset("UN Treaty Collection status tables, compiled by world-politics-datalab",
                            "No licence stated. Facts from the depositary's record: cite the compilation and the UN Treaty Collection."),
                    new Dataset("OHCHR Status of Ratification Interactive Dashboard export (ICESCR)",
                            "OHCHR's terms of use for its website and dashboards; the export states no licence of its own."),
                    new Dataset("Seed articles (French news articles)",
                            "Copyright of their publishers; stored so that each claim's short quoted passage can be checked."
                                    + " No rights are granted in them."),
                    new Dataset("UPR Info export (where imported)", "UPR Info's data; no licence stated. Cite UPR Info.")),
            "DATA-LICENSE.md in the source repository; each source's title, publisher and URL at /api/v1/sources.");
}
