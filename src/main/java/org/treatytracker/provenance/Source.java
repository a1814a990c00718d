package org.treatytracker.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.treatytracker.provenance.PartialDate.Basis;
import org.treatytracker.provenance.PartialDate.Precision;

/** A document facts are taken from: an article stored whole, a public reference cited by URL, or an imported file. */
@Entity
@Table(name = "sources")
public class Source extends PanacheEntityBase {

    /** Enum constants are the wire and database values. */
    public enum Kind { article, reference, dataset }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String title;
    public String publisher;
    public String url;
    public String language;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "published_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
    @AttributeOverride(name = "basis", column = @Column(name = "published_basis"))
    public DatedValue published;

    @Column(name = "published_note")
    public String publishedNote;

    /** The exact stored text; offsets of citations point into it. Loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    public String body;

    public String sha256;

    @Column(name = "char_length")
    public Integer charLength;

    /** Imported files: the key successive exports of one dataset share, the file's name, rows read and when. */
    public String dataset;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "row_count")
    public Integer rowCount;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt;

    /** Datasets: the date the file speaks as of, and whether it is a complete record (every state it lists covered). */
    @Column(name = "as_of")
    public LocalDate asOf;

    public boolean complete;

    /** Datasets: when the file was retrieved from {@code url}, where the import says. */
    @Column(name = "retrieved_on")
    public LocalDate retrievedOn;

    /** Articles added through the API: who added them and when (null for seeds and imports). */
    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    public static List<Source> listOrdered() {
        return list("order by id");
    }
}
