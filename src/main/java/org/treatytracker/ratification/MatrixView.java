package org.treatytracker.ratification;

import java.util.List;

/**
 * States x treaties for heat-maps: one small cell per pair, in state then treaty order. Evidence
 * stays one link away: each cell's {@code href}.
 */
public record MatrixView(List<String> states, List<String> treaties, String asOf, List<Cell> items, int total) {

    /**
     * {@code signed_on}: first signature; {@code bound_on}: first binding act (ratification, accession...);
     * {@code basis} and {@code basis_as_of} as in a state's ratification status.
     */
    public record Cell(String state, String treaty, RatificationStatus status, String signedOn, String boundOn,
                       String href, Standing.Basis basis, String basisAsOf) {
    }

    public static final List<String> CSV_COLUMNS = List.of("state", "treaty", "status", "signed_on", "bound_on", "href",
            "basis", "basis_as_of");

    public List<List<?>> csvRows() {
        return items.stream().<List<?>>map(c -> java.util.Arrays.asList(c.state(), c.treaty(), c.status(), c.signedOn(),
                c.boundOn(), c.href(), c.basis(), c.basisAsOf())).toList();
    }
}
