package org.treatytracker.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Something the tracker asserts (a treaty action, a UPR review's totals, a reported figure...).
 * Each kind has its own table; all share this row, which is what citations point at. The database
 * refuses to commit a fact without at least one citation.
 */
@Entity
@Table(name = "facts")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class Fact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The claim id in the seed files, for facts the seed loader owns. */
    @Column(name = "seed_key")
    public String seedKey;

    /** The key of the imported dataset row this fact comes from, for facts an importer owns. */
    @Column(name = "import_key", insertable = false, updatable = false)
    public String importKey;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    /** Raised by every write; the ETag of the fact and of its citations. */
    @Version
    public int version;

    @OneToMany(mappedBy = "fact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Citation> citations = new ArrayList<>();

    public static Optional<Fact> findBySeedKey(String seedKey) {
        return find("seedKey", seedKey).firstResultOptional();
    }

    /** Who maintains the fact: the seed files, an imported dataset, or editors through the API. */
    public Owner owner() {
        return seedKey != null ? Owner.seed : importKey != null ? Owner.dataset : Owner.editor;
    }

    /** Enum constants are the wire values. */
    public enum Owner { seed, dataset, editor }

    /** The API resource that shows this fact. */
    public abstract String href();

    /** One English sentence saying what the fact asserts, for lists of claims. */
    public abstract String statement();

    /** The fact's kind as stored in {@code facts.kind} (its discriminator). */
    public String kind() {
        return getClass().getAnnotation(DiscriminatorValue.class).value();
    }

    public void cite(Citation citation) {
        citation.fact = this;
        citations.add(citation);
    }
}
