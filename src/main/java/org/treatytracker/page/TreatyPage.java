package org.treatytracker.page;

import java.util.List;

/**
 * A treaty's page: its dates and monitoring body with their evidence, how many states became party
 * over time, and every state's standing, sortable by name, status or date.
 *
 * @param sort the column the states are sorted by: name, status, signed or bound
 */
public record TreatyPage(String code, String name, String otherName, String kind, NameHit parent, List<DateRow> dates,
                         String monitoringBody, List<EvidenceLink> entryEvidence,
                         String partiesChart, List<YearCount> partiesByYear, int parties,
                         List<StatusCount> byStatus, String sort, List<SortLink> sortLinks, List<StateRow> states,
                         List<StatePage.FigureRow> figures, String jsonHref, String csvHref) {

    public record DateRow(String label, String date, List<EvidenceLink> evidence) {
    }

    public record YearCount(int year, int count) {
    }

    public record StatusCount(String status, String label, int count) {
    }

    /** A column header's sort link; {@code ariaSort} is "ascending" on the column sorted by, else "none". */
    public record SortLink(String key, String label, String href, String ariaSort) {
    }

    public record StateRow(String code, String name, String href, String status, String statusLabel, String signedOn,
                           String boundOn, String basis) {
    }
}
