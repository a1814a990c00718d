package org.treatytracker.ratification;

import java.util.List;
import org.treatytracker.provenance.ProvenanceView;

/**
 * A party's status towards one treaty, with the actions it is derived from and their evidence.
 * With {@code as_of}, the status as it stood on that date, and only the actions that may have
 * happened by then.
 */
public record RatificationView(
        String state,
        String treaty,
        String treatyName,
        RatificationStatus status,
        String asOf,
        List<Action> actions,
        String href) {

    /** {@code date} is ISO 8601 at the precision known ("2015", "2009-05", "1982-09-24"), or null if unknown. */
    public record Action(
            long factId,
            TreatyAction.Type type,
            String date,
            String datePrecision,
            String dateBasis,
            List<ProvenanceView> provenance) {
    }
}
