package org.treatytracker.figure;

import java.math.BigDecimal;
import java.util.List;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;

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
        List<ProvenanceView> provenance) {

    public static FigureView of(ReportedFigure figure) {
        return new FigureView(
                figure.id,
                figure.subjectCode(),
                figure.subjectKind,
                figure.metric,
                figure.label,
                figure.value,
                figure.outOf,
                figure.qualifier,
                PartialDate.iso(figure.asOf, figure.asOfPrecision),
                figure.asOfPrecision.name(),
                figure.asOfBasis.name(),
                figure.citations.stream().map(c -> ProvenanceView.of(c, null)).toList());
    }
}
