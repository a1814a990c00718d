package org.treatytracker.ratification;

import java.util.List;

/**
 * States x treaties for heat-maps: one small cell per pair, in state then treaty order. Evidence
 * stays one link away: each cell's {@code href}.
 */
public record MatrixView(List<String> states, List<String> treaties, String asOf, List<Cell> items, int total) {

    /** {@code signed_on}: first signature; {@code bound_on}: first binding act (ratification, accession...). */
    public record Cell(String state, String treaty, RatificationStatus status, String signedOn, String boundOn,
                       String href) {
    }

    public static final List<String> CSV_COLUMNS = List.of("state", "treaty", "status", "signed_on", "bound_on", "href");

    public List<List<?>> csvRows() {
        return items.stream().<List<?>>map(c -> java.util.Arrays.asList(c.state(), c.treaty(), c.status(), c.signedOn(),
                c.boundOn(), c.href())).toList();
    }
}
