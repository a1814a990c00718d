package org.treatytracker.catalog;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.util.Optional;
import org.treatytracker.provenance.Fact;

/** The fact that a treaty is in the catalog as described (names, kind, monitoring body), with its reference. */
@Entity
@Table(name = "treaty_entries")
@DiscriminatorValue("treaty_entry")
@PrimaryKeyJoinColumn(name = "fact_id")
public class TreatyEntry extends Fact {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treaty_code")
    public Treaty treaty;

    public static Optional<TreatyEntry> forTreaty(String code) {
        return find("treaty.code", code).firstResultOptional();
    }

    @Override
    public String href() {
        return "/api/v1/treaties/" + treaty.code;
    }

    @Override
    public String statement() {
        return treaty.code + " is the " + treaty.nameEn + ".";
    }
}
