package org.treatytracker.importer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One import of a file: what it added, changed and removed relative to its dataset's previous export. */
public record ImportView(
        long id,
        String dataset,
        String format,
        String sourceId,
        long rows,
        long added,
        long changed,
        long removed,
        long unchanged,
        BigDecimal seconds,
        OffsetDateTime importedAt,
        String href,
        String sourceHref,
        String changesHref) {

    static ImportView of(Object[] row) {
        long id = ((Number) row[0]).longValue();
        String source = (String) row[3];
        return new ImportView(id, (String) row[1], (String) row[2], source, ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(), (BigDecimal) row[9], toOffset(row[10]),
                "/api/v1/imports/" + id, "/api/v1/sources/" + source, "/api/v1/imports/" + id + "/changes");
    }

    /** Hibernate gives a timestamptz column of a native query as an Instant; the API shows it in UTC. */
    private static OffsetDateTime toOffset(Object value) {
        return ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
