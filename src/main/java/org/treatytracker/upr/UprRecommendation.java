package org.treatytracker.upr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.treatytracker.provenance.CitedPlace;

/**
 * One recommendation made to a state in a UPR review, as editors write it. Importers write the same
 * table in JDBC batches (their rows have an {@code importKey}); reads go through
 * {@link RecommendationService}, which lists both. Its evidence is one citation held in the row: a
 * passage of a stored article (quote and code-point offsets, which the database checks against
 * the text) or a locator in a reference.
 */
@Entity
@Table(name = "upr_recommendations")
public class UprRecommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_fact_id")
    public UprReview review;

    @Column(name = "un_number")
    public String unNumber;

    /** The recommendation's words. */
    public String body;

    public String language;

    /** {@code supported}, {@code noted} or null (no response known). */
    public String response;

    @Column(name = "response_raw")
    public String responseRaw;

    @ElementCollection
    @CollectionTable(name = "upr_recommending_states", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "party_code")
    @OrderBy
    public Set<String> recommendingStates = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "upr_recommendation_themes", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "theme")
    @OrderBy
    public Set<String> themes = new TreeSet<>();

    /** Its evidence, held in its row. */
    @Embedded
    public CitedPlace place;

    @Column(name = "import_key", insertable = false, updatable = false)
    public String importKey;

    @Column(name = "added_by", updatable = false)
    public String addedBy;

    @Column(name = "added_at", updatable = false)
    public OffsetDateTime addedAt;

    /** Raised by every write; the ETag is {@code "v<version>"}. */
    @Version
    public int version;

    /** Whether editors maintain it through the API (imported rows are replaced by the next import). */
    public boolean addedByEditor() {
        return addedBy != null;
    }

    public String href() {
        return "/api/v1/recommendations/" + id;
    }
}
