package org.treatytracker.provenance;

import java.util.List;

/** A fact that cites a given source: what it says, where it is shown, and its evidence there. */
public record ClaimView(long factId, String kind, String statement, String href, List<ProvenanceView> provenance) {
}
