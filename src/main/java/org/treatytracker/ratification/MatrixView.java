package org.treatytracker.ratification;

import java.util.List;

/**
 * States x treaties for heat-maps: one small cell per pair, in state then treaty order. Evidence
 * stays one link away ({@code href} of the cell's state and treaty).
 */
public record MatrixView(List<String> states, List<String> treaties, String asOf, List<Cell> items, int total) {

    /** {@code signed_on}: first signature; {@code bound_on}: first binding act (ratification, accession...). */
    public record Cell(String state, String treaty, RatificationStatus status, String signedOn, String boundOn) {
    }
}
