package org.treatytracker.figure;

import java.math.BigDecimal;
import java.util.List;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;

/**
 * A reported figure as its source words it; where the data on record can recompute it,
 * {@code computed_value}, {@code consistent} and {@code computed_from} say what the data gives.
 */
public record FigureView(
        long factId,
        String subject,
        ReportedFigure.SubjectKind subjectKind,
        String metric,
        String label,
        BigDecimal value,
        BigDecimal outOf,
        ReportedFigure.Qualifier qualifier,
        String asOf,
        String asOfPrecision,
        String asOfBasis,
        BigDecimal computedValue,
        Boolean consistent,
        String computedFrom,
        List<ProvenanceView> provenance) {

    public static FigureView of(ReportedFigure figure) {
        var computed = FigureCheck.compute(figure);
        return new FigureView(
                figure.id,
                figure.subjectCode(),
                figure.subjectKind,
                figure.metric,
                figure.label,
                figure.value,
                figure.outOf,
                figure.qualifier,
                figure.asOf.iso(),
                figure.asOf.precision().name(),
                figure.asOf.basis().name(),
                computed.map(FigureCheck.Computed::value).orElse(null),
                computed.filter(FigureCheck.Computed::checkable).map(c -> FigureCheck.consistent(figure, c.value())).orElse(null),
                computed.map(FigureCheck.Computed::from).orElse(null),
                figure.citations.stream().map(c -> ProvenanceView.of(c, null)).toList());
    }
}
