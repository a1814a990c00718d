package org.treatytracker.page;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A state's page: its standing towards every instrument, its UPR reviews and the recommendations it
 * received, its Human Rights Council terms and the figures reported about it, each with evidence.
 *
 * @param asOf        the {@code as_of} date asked for (ISO), or null for today
 * @param asOfRefused the {@code as_of} given was not a date: the page shows today's status and says so
 * @param todayHref   this page without {@code as_of}
 */
public record StatePage(String code, String name, String otherName, String unStanding, String regionalGroup,
                        String asOf, String asOfShown, boolean asOfRefused, String todayHref,
                        List<StatusRow> statuses,
                        List<ReviewRow> reviews, String reviewChart,
                        List<CountRow> byTheme, List<CountRow> byRecommendingState, String recommendationsHref,
                        List<TermRow> terms, List<FigureRow> figures, Api api) {

    /** The state's status towards one treaty: the act it rests on, when, how complete the answer is. */
    public record StatusRow(String anchor, String treatyCode, String treatyName, String treatyHref, String status,
                            String statusLabel, String act, String date, String basis, boolean disagreement,
                            List<EvidenceLink> evidence) {
    }

    /** A UPR review: the totals sources report and the recommendations on record, side by side. */
    public record ReviewRow(int cycle, String session, String reviewedOn, String reported, String counted, String headline,
                            List<EvidenceLink> evidence) {
    }

    /** Recommendations of one theme or from one recommending state, and the page listing them (read by the untyped {@code counts} tag). */
    @TemplateData
    public record CountRow(String label, String href, Integer total, Integer supported, Integer noted) {
    }

    public record TermRow(String term, String status, List<EvidenceLink> evidence) {
    }

    /** A figure as its source words it, and what the data on record gives for it (read by the untyped {@code figures} tag). */
    @TemplateData
    public record FigureRow(String label, String value, String asOf, String check, List<EvidenceLink> evidence) {
    }

    /** The same data in the API. */
    public record Api(String ratifications, String ratificationsCsv, String reviews, String reviewsCsv, String stats) {
    }
}
