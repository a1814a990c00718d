package org.treatytracker.figure;

import java.math.BigDecimal;
import java.util.List;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.ProvenanceView;
import org.treatytracker.web.CsvColumn;

/**
 * A reported figure as its source words it; where the data on record can recompute it,
 * {@code computed_value}, {@code consistent} and {@code computed_from} say what the data gives.
 */
public record FigureView(
        @CsvColumn("The fact's id (`/api/v1/facts/{id}`).") long factId,
        @CsvColumn(value = "Code of what the figure is about: a state (ISO alpha-3) or a treaty, as `subject_kind` says.",
                coded = CsvColumn.Coded.state_or_treaty) String subject,
        @CsvColumn("Whether `subject` is a party or a treaty.") ReportedFigure.SubjectKind subjectKind,
        @CsvColumn("What is counted, as a stable key.") String metric,
        @CsvColumn("What is counted, in words.") String label,
        @CsvColumn("The figure as the source gives it.") BigDecimal value,
        @CsvColumn(value = "The whole it is out of (7 of 9).", empty = "the source gives none") BigDecimal outOf,
        @CsvColumn("How the source qualifies it.") ReportedFigure.Qualifier qualifier,
        @CsvColumn(value = "The date the figure speaks as of.", date = true) String asOf,
        @CsvColumn(value = "How precise `as_of` is.", vocabulary = PartialDate.Precision.class) String asOfPrecision,
        @CsvColumn(value = "`stated` by the source, or `inferred`.", vocabulary = PartialDate.Basis.class) String asOfBasis,
        @CsvColumn(value = "The figure the data on record gives.", empty = "the data on record cannot recompute it") BigDecimal computedValue,
        @CsvColumn(value = "Whether the reported figure agrees with the computed one.", empty = "not checkable") Boolean consistent,
        @CsvColumn(value = "How `computed_value` was computed.", empty = "not computed") String computedFrom,
        @CsvColumn(value = "Evidence for it, as JSON (see `provenance` in the contract).", empty = "none") List<ProvenanceView> provenance) {

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
