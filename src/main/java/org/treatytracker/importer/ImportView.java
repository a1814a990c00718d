package org.treatytracker.importer;

import jakarta.persistence.Tuple;
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

    static ImportView of(Tuple row) {
        long id = count(row, "id");
        String source = row.get("source_id", String.class);
        Object undoes = row.get("undoes");
        Object asOf = row.get("as_of");
        String treaties = row.get("covers_treaties", String.class);
        return new ImportView(id, row.get("dataset", String.class), row.get("format", String.class), source, count(row, "rows"),
                count(row, "added"), count(row, "changed"), count(row, "removed"), count(row, "unchanged"),
                (BigDecimal) row.get("seconds"), toOffset(row.get("imported_at")),
                "/api/v1/imports/" + id, "/api/v1/sources/" + source, "/api/v1/imports/" + id + "/changes",
                undoes == null ? null : ((Number) undoes).longValue(), asOf == null ? null : asOf.toString(),
                (Boolean) row.get("complete"), count(row, "covers_states"),
                treaties == null ? List.of() : List.of(treaties.split(",")));
    }

    private static long count(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    /** Hibernate gives a timestamptz column of a native query as an Instant; the API shows it in UTC. */
    private static OffsetDateTime toOffset(Object value) {
        return ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
