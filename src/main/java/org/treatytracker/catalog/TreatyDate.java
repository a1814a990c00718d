package org.treatytracker.catalog;

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
import java.time.LocalDate;
import java.util.List;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/** A dated event in a treaty's life: adoption, opening for signature, entry into force. */
@Entity
@Table(name = "treaty_dates")
@DiscriminatorValue("treaty_date")
@PrimaryKeyJoinColumn(name = "fact_id")
public class TreatyDate extends Fact {

    /** Enum constants are the wire and database values. */
    public enum Event { adopted, opened_for_signature, entry_into_force }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treaty_code")
    public Treaty treaty;

    @Enumerated(EnumType.STRING)
    public Event event;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "event_date"))
    public DatedValue dated;

    public PartialDate partialDate() {
        return dated.partial();
    }

    public static List<TreatyDate> forTreaty(String code) {
        return list("treaty.code = ?1 order by id", code);
    }

    @Override
    public String href() {
        return "/api/v1/treaties/" + treaty.code;
    }

    @Override
    public String statement() {
        return treaty.code + " " + event.name().replace('_', ' ') + ": " + partialDate().iso() + ".";
    }
}
