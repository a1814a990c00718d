package org.treatytracker.provenance;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;

/**
 * A date as a source gives it, the one form every entity with a date stores: the first day of the
 * period it names, its precision, and whether the source states it or it was inferred ({@code basis};
 * null where it is not recorded: UPR review and cycle dates). Each entity names its columns with
 * {@code @AttributeOverride}; an entity with no date holds null, not a value of nulls.
 */
@Embeddable
public record DatedValue(LocalDate date, @Enumerated(EnumType.STRING) Precision precision,
                         @Enumerated(EnumType.STRING) Basis basis) {

    public static DatedValue of(PartialDate date, Basis basis) {
        return date == null ? null : new DatedValue(date.date(), date.precision(), basis);
    }

    public PartialDate partial() {
        return new PartialDate(date, precision);
    }

    /** ISO 8601 at its precision: "2015", "2009-05" or "2014-02-05". */
    public String iso() {
        return partial().iso();
    }

    /** The date of a value that may be absent (an undated action), null then. */
    public static LocalDate dateOf(DatedValue value) {
        return value == null ? null : value.date;
    }

    public static String isoOf(DatedValue value) {
        return value == null ? null : value.iso();
    }
}
