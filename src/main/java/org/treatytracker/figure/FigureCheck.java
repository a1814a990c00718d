package org.treatytracker.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.RatificationStatus;
import org.treatytracker.ratification.TreatyAction;
import org.treatytracker.treaty.Treaty;

/**
 * Recomputes a reported figure from the data on record, where the data can: "party to 7 of the 9
 * core treaties" is checked against the action log as of the end of the figure's date. A mismatch
 * means the source and the log on record disagree, which may be a gap in the log.
 */
final class FigureCheck {

    /** The recomputed value and how it was computed. */
    record Computed(BigDecimal value, String from) {
    }

    private FigureCheck() {
    }

    static Optional<Computed> compute(ReportedFigure figure) {
        if ("core_treaties_party".equals(figure.metric) && figure.subjectKind == ReportedFigure.SubjectKind.party) {
            var asOf = new PartialDate(figure.asOf, figure.asOfPrecision).lastDay();
            Map<String, List<TreatyAction>> logs = TreatyAction.logOf(figure.party.code).stream()
                    .collect(Collectors.groupingBy(a -> a.treaty.code));
            List<Treaty> core = Treaty.list("kind = ?1", Treaty.Kind.core);
            long parties = core.stream()
                    .filter(t -> RatificationStatus.asOf(logs.getOrDefault(t.code, List.of()), asOf)
                            == RatificationStatus.party)
                    .count();
            return Optional.of(new Computed(BigDecimal.valueOf(parties),
                    "core treaties with status party in the action log on record, as of " + asOf));
        }
        return Optional.empty();
    }

    /** Whether the reported value, read with its qualifier, agrees with the computed one. */
    static boolean consistent(ReportedFigure figure, BigDecimal computed) {
        int order = computed.compareTo(figure.value);
        return switch (figure.qualifier) {
            case exact -> order == 0;
            case more_than -> order > 0;
            case at_least -> order >= 0;
            case approximate -> computed.subtract(figure.value).abs()
                    .compareTo(figure.value.abs().multiply(BigDecimal.valueOf(0.1))) <= 0;
        };
    }
}
