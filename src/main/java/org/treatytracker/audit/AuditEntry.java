package org.treatytracker.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One write: who made it, when, to what, and the state before and after (JSON). Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    /** Enum constants are the wire and database values. */
    public enum Action { create, update, retract }

    /** What was written: the database values of {@code target_kind}. */
    public static final String SOURCE = "source";
    public static final String FACT = "fact";
    public static final String CITATION = "citation";
    public static final String IMPORT = "import";
    public static final String RECOMMENDATION = "recommendation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "target_kind")
    public String targetKind;

    @Column(name = "target_id")
    public String targetId;

    @Column(name = "fact_id")
    public Long factId;

    @Column(name = "fact_version")
    public Integer factVersion;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    public String after;
}
