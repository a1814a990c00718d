package org.treatytracker.ratification;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;

/**
 * A party's status towards one treaty, with the actions it is derived from and their evidence.
 * With {@code as_of}, the status as it stood on that date, and only the actions that may have
 * happened by then. {@code basis} says how complete the answer is ({@link Standing.Basis}):
 * {@code complete} as of {@code basis_as_of} (a complete record covers the pair), {@code partial}
 * (from the evidence on record; a lower bound), or {@code unknown}. {@code coverage} lists the
 * dataset records covering the pair, each with what it says alone, so that two that disagree both
 * show.
 */
public record RatificationView(
        String state,
        String treaty,
        String treatyName,
        RatificationStatus status,
        String asOf,
        List<Action> actions,
        String href,
        Standing.Basis basis,
        String basisAsOf,
        boolean disagreement,
        List<Standing.SourceView> coverage) {

    /**
     * {@code date} is ISO 8601 at the precision known ("2015", "2009-05", "1982-09-24"), or null if
     * unknown. {@code counted}: false for an action of a record superseded by a newer complete one.
     */
    public record Action(
            long factId,
            TreatyAction.Type type,
            String date,
            String datePrecision,
            String dateBasis,
            List<ProvenanceView> provenance,
            boolean counted) {
    }
}
