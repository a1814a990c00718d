package org.treatytracker.ratification;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's current export lists a state for a treaty: it covers the pair as of its date. With a
 * complete record ({@code complete}), a listed state without an action in it took none.
 *
 * @param locator where in the file the state is listed (the evidence of a "no action")
 */
public record Coverage(String dataset, String sourceId, String title, String party, String treaty, String locator,
                       LocalDate asOf, boolean complete, OffsetDateTime importedAt) {

    private static final String SELECT = """
            SELECT c.dataset, c.source_id, s.title, c.party_code, c.treaty_code, c.locator, s.as_of, s.complete,
                   s.imported_at
            FROM coverage c JOIN sources s ON s.id = c.source_id
            """;

    /** The records covering the given parties (every treaty), keyed "party/treaty". */
    public static Map<String, List<Coverage>> ofParties(Collection<String> partyCodes) {
        Object codes = partyCodes.toArray(String[]::new);
        return byPair(query(SELECT + "WHERE c.party_code = ANY (CAST(?1 AS text[]))", codes));
    }

    public static List<Coverage> of(String partyCode, String treatyCode) {
        return query(SELECT + "WHERE c.party_code = ?1 AND c.treaty_code = ?2", partyCode, treatyCode);
    }

    /** Every record, keyed "party/treaty". */
    public static Map<String, List<Coverage>> all() {
        return byPair(query(SELECT));
    }

    /** Every record of the given treaties, keyed "party/treaty". */
    public static Map<String, List<Coverage>> ofTreaties(Collection<String> treatyCodes) {
        return byPair(query(SELECT + "WHERE c.treaty_code = ANY (CAST(?1 AS text[]))", (Object) treatyCodes.toArray(String[]::new)));
    }

    @SuppressWarnings("unchecked")
    private static List<Coverage> query(String sql, Object... parameters) {
        var query = Panache.getEntityManager().createNativeQuery(sql + " ORDER BY s.as_of DESC NULLS LAST, s.imported_at DESC",
                Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Tuple>) query.getResultList()).stream().map(Coverage::of).toList();
    }

    private static Coverage of(Tuple row) {
        // Hibernate gives a timestamptz of a native query as an Instant.
        Object imported = row.get("imported_at");
        return new Coverage(row.get("dataset", String.class), row.get("source_id", String.class),
                row.get("title", String.class), row.get("party_code", String.class), row.get("treaty_code", String.class),
                row.get("locator", String.class), row.get("as_of", LocalDate.class), row.get("complete", Boolean.class),
                imported instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) imported);
    }

    private static Map<String, List<Coverage>> byPair(List<Coverage> rows) {
        Map<String, List<Coverage>> byPair = new HashMap<>();
        for (Coverage row : rows) {
            byPair.computeIfAbsent(row.party() + "/" + row.treaty(), k -> new ArrayList<>()).add(row);
        }
        return byPair;
    }
}
