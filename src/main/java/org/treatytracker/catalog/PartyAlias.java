package org.treatytracker.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A name under which a party is written in sources, keyed by its {@link org.treatytracker.catalog.NameKey}. */
@Entity
@Table(name = "party_aliases")
public class PartyAlias extends PanacheEntityBase {

    @Id
    public String normalized;

    public String alias;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_code")
    public Party party;
}
