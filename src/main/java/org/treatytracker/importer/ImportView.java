package org.treatytracker.importer;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.treatytracker.web.CsvColumn;

/**
 * One import of a file (or an undo, {@code format} {@code undo}, naming the import it took back in
 * {@code undoes}): what it added, changed and removed relative to its dataset's previous state, and
 * what its file covers: the date it speaks as of, whether it is a complete record, and how many
 * states and which treaties it lists (ratification imports).
 */
public record ImportView(
        @CsvColumn("The import's id.") long id,
        @CsvColumn("The dataset imported into.") String dataset,
        @CsvColumn(value = "The file's format, or `undo`.", values = {OhchrStatusTable.FORMAT, StatusTable.FORMAT, MappedActionTable.FORMAT,
            RecommendationImporter.FORMAT, "undo"}) String format,
        @CsvColumn("The source the file became.") String sourceId,
        @CsvColumn("Rows read.") long rows,
        @CsvColumn("Items added, relative to the dataset's previous state.") long added,
        @CsvColumn("Items changed.") long changed,
        @CsvColumn("Items removed.") long removed,
        @CsvColumn("Items unchanged.") long unchanged,
        @CsvColumn("How long the import took, in seconds.") BigDecimal seconds,
        @CsvColumn("When it was imported.") OffsetDateTime importedAt,
        @CsvColumn("API path of the import.") String href,
        @CsvColumn("API path of its source.") String sourceHref,
        @CsvColumn("API path of its changes.") String changesHref,
        @CsvColumn(value = "The import an undo took back.", empty = "not an undo") Long undoes,
        @CsvColumn(value = "The date the file speaks as of.", empty = "the file gives none", date = true) String asOf,
        @CsvColumn("Whether the file is a complete record.") boolean complete,
        @CsvColumn("How many states the file lists (ratification imports).") long coversStates,
        @CsvColumn(value = "The treaties the file lists, by code.", empty = "none (a recommendations import)",
                coded = CsvColumn.Coded.treaty) List<String> coversTreaties) {

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
