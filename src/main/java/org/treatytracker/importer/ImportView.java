package org.treatytracker.importer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One import of a file (or an undo, {@code format} {@code undo}, naming the import it took back in
 * {@code undoes}): what it added, changed and removed relative to its dataset's previous state, and
 * what its file covers: the date it speaks as of, whether it is a complete record, and how many
 * states and which treaties it lists (ratification imports).
 */
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
        String changesHref,
        Long undoes,
        String asOf,
        boolean complete,
        long coversStates,
        List<String> coversTreaties) {

    static ImportView of(Object[] row) {
        long id = ((Number) row[0]).longValue();
        String source = (String) row[3];
        return new ImportView(id, (String) row[1], (String) row[2], source, ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(), (BigDecimal) row[9], toOffset(row[10]),
                "/api/v1/imports/" + id, "/api/v1/sources/" + source, "/api/v1/imports/" + id + "/changes",
                row[11] == null ? null : ((Number) row[11]).longValue(),
                row[12] == null ? null : row[12].toString(), (Boolean) row[13], ((Number) row[14]).longValue(),
                row[15] == null ? List.of() : List.of(((String) row[15]).split(",")));
    }

    /** Hibernate gives a timestamptz column of a native query as an Instant; the API shows it in UTC. */
    private static OffsetDateTime toOffset(Object value) {
        return ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
