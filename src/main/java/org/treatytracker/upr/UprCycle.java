package org.treatytracker.upr;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatytracker.provenance.DatedValue;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.PartialDate.Precision;
import org.treatytracker.provenance.PartialDate;

/** A cycle of the Universal Periodic Review: its dates and UPR Working Group sessions. */
@Entity
@Table(name = "upr_cycles")
@DiscriminatorValue("upr_cycle")
@PrimaryKeyJoinColumn(name = "fact_id")
public class UprCycle extends Fact {

    public int number;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "starts_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "starts_precision"))
    @AttributeOverride(name = "basis", column = @Column(name = "starts_basis"))
    public DatedValue starts;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "ends_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "ends_precision"))
    @AttributeOverride(name = "basis", column = @Column(name = "ends_basis"))
    public DatedValue ends;

    @Column(name = "first_session")
    public Integer firstSession;

    @Column(name = "last_session")
    public Integer lastSession;

    public static List<UprCycle> listOrdered() {
        return list("order by number");
    }

    public static Optional<UprCycle> findByNumber(int number) {
        return find("number", number).firstResultOptional();
    }

    @Override
    public String href() {
        return "/api/v1/upr/cycles";
    }

    @Override
    public String statement() {
        return "UPR cycle " + number + " runs from " + starts.iso()
                + (ends == null ? "" : " to " + ends.iso()) + ".";
    }
}
