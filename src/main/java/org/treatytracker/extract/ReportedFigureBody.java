package org.treatytracker.extract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** {@code kind: reported_figure}: a count the text gives about a state or a treaty ("près de 70 pays"). */
public record ReportedFigureBody(String subject, String metric, String labelEn, BigDecimal value, BigDecimal outOf,
                                 String qualifier, String asOf, String asOfBasis, List<CitationBody> citations)
        implements ClaimBody {

    public static final String KIND = "reported_figure";

    @Override
    public ReportedFigureBody withCitations(List<CitationBody> citations) {
        return new ReportedFigureBody(subject, metric, labelEn, value, outOf, qualifier, asOf, asOfBasis, citations);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The metric too: "cinq pays" and "cinq conventions" are two facts about one state. */
    @Override
    public List<Object> key() {
        return Arrays.asList(KIND, subject, metric, value == null ? null : value.stripTrailingZeros(),
                outOf == null ? null : outOf.stripTrailingZeros(), qualifier);
    }
}
