package org.treatytracker.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name of a treaty ("Convention de Hanoï"), keyed by its {@link org.treatytracker.catalog.NameKey}. */
@Entity
@Table(name = "treaty_aliases")
public class TreatyAlias extends PanacheEntityBase {

    @Id
    public String normalized;

    public String alias;
    public String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treaty_code")
    public Treaty treaty;
}
