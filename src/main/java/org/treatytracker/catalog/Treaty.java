package org.treatytracker.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A treaty of the catalog (the 18 UN human-rights instruments and other commitments). */
@Entity
@Table(name = "treaties")
public class Treaty extends PanacheEntityBase {

    /** Enum constants are the wire and database values. */
    public enum Kind { core, optional_protocol, other }

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    public Treaty parent;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "monitoring_body")
    public String monitoringBody;

    @OneToMany(mappedBy = "treaty")
    @OrderBy("alias")
    public List<TreatyAlias> aliases = new ArrayList<>();

    public static List<Treaty> listOrdered() {
        return list("order by code");
    }
}
