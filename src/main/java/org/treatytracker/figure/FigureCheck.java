package org.treatytracker.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.ratification.Coverage;
import org.treatytracker.ratification.RatificationStatus;
import org.treatytracker.ratification.Standing;
import org.treatytracker.ratification.TreatyAction;

/**
 * Recomputes a reported figure from the data on record, where the data can: "party to 7 of the 9
 * core treaties" is checked against the status of each core treaty as of the end of the figure's
 * date. Only where every treaty's status is known then (a binding act on record, or a complete
 * record covering the state) is the figure called consistent or not; otherwise the check says which
 * treaties are not covered.
 */
final class FigureCheck {

    /**
     * The recomputed value and how it was computed. {@code checkable}: whether every input the
     * value needs is known as of the figure's date; if not, {@code value} is what is certain (a
     * lower bound) and the figure cannot be called consistent or not.
     */
    record Computed(BigDecimal value, String from, boolean checkable) {
    }

    private FigureCheck() {
    }

    static Optional<Computed> compute(ReportedFigure figure) {
        if ("core_treaties_party".equals(figure.metric) && figure.subjectKind == ReportedFigure.SubjectKind.party) {
            var asOf = figure.asOf.partial().lastDay();
            String party = figure.party.code;
            Map<String, List<TreatyAction>> logs = TreatyAction.logOf(party).stream()
                    .collect(Collectors.groupingBy(a -> a.treaty.code));
            Map<String, List<Coverage>> coverage = Coverage.ofParties(List.of(party));
            List<Treaty> core = Treaty.list("kind = ?1 order by code", Treaty.Kind.core);
            long parties = 0;
            List<String> uncovered = new ArrayList<>();
            for (Treaty treaty : core) {
                Standing standing = Standing.of(logs.getOrDefault(treaty.code, List.of()),
                        coverage.getOrDefault(party + "/" + treaty.code, List.of()), asOf);
                if (standing.status() == RatificationStatus.party) {
                    parties++;
                } else if (standing.basis() != Standing.Basis.complete || standing.status() == RatificationStatus.unknown) {
                    uncovered.add(treaty.code);
                }
            }
            String from = "core treaties with status party on record, as of " + asOf;
            if (!uncovered.isEmpty()) {
                return Optional.of(new Computed(BigDecimal.valueOf(parties), "at least " + parties + ": " + from
                        + "; not checkable, since no complete record covers " + String.join(", ", uncovered)
                        + " for " + party + " as of that date", false));
            }
            return Optional.of(new Computed(BigDecimal.valueOf(parties), from + " (every core treaty covered by a complete record"
                    + " or a binding act on record)", true));
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
