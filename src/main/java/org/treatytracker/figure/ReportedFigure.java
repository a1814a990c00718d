package org.treatytracker.figure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/**
 * A quantitative claim that is not a single event: "party to 7 of the 9 core treaties", "nearly
 * 70 states signed". Kept as the source words it, qualifier included; never merged with another
 * source's figure for the same thing.
 */
@Entity
@Table(name = "reported_figures")
@DiscriminatorValue("reported_figure")
@PrimaryKeyJoinColumn(name = "fact_id")
public class ReportedFigure extends Fact {

    /** Enum constants are the wire and database values. */
    public enum SubjectKind { party, treaty }

    /** Enum constants are the wire and database values. */
    public enum Qualifier { exact, approximate, more_than, at_least }

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_code")
    public Party party;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "treaty_code")
    public Treaty treaty;

    public String metric;

    @Column(name = "label_en")
    public String label;

    public BigDecimal value;

    @Column(name = "out_of")
    public BigDecimal outOf;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "as_of"))
    @AttributeOverride(name = "precision", column = @Column(name = "as_of_precision"))
    @AttributeOverride(name = "basis", column = @Column(name = "as_of_basis"))
    public DatedValue asOf;

    public String subjectCode() {
        return subjectKind == SubjectKind.party ? party.code : treaty.code;
    }

    public static List<ReportedFigure> listOrdered() {
        return list("order by asOf.date, metric, id");
    }

    public static List<ReportedFigure> aboutParty(String code) {
        return list("party.code = ?1 order by asOf.date, metric, id", code);
    }

    public static List<ReportedFigure> aboutTreaty(String code) {
        return list("treaty.code = ?1 order by asOf.date, metric, id", code);
    }

    @Override
    public String href() {
        return "/api/v1/figures?subject=" + subjectCode();
    }

    @Override
    public String statement() {
        String bound = switch (qualifier) {
            case exact -> "";
            case approximate -> "about ";
            case more_than -> "more than ";
            case at_least -> "at least ";
        };
        String of = outOf == null ? "" : " of " + outOf.toPlainString();
        return subjectCode() + ": " + label + ": " + bound + value.toPlainString() + of
                + " (as of " + asOf.iso() + ").";
    }
}
