package org.treatytracker.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A load that changed the database: which seeds (fingerprint) and how much it wrote. */
@Entity
@Table(name = "seed_loads")
public class SeedLoad extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String fingerprint;

    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;

    public int facts;
    public int citations;

    public static Optional<SeedLoad> latest() {
        return find("order by id desc").firstResultOptional();
    }
}
