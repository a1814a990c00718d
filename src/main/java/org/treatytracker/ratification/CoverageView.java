package org.treatytracker.ratification;

import java.util.Arrays;
import java.util.List;

/**
 * Which dataset records cover each (state, treaty) pair of a selection, and as of when: one item per
 * pair and covering record, and one item with no source for a pair nothing covers, so that gaps show.
 */
public record CoverageView(List<Item> items, int total, int pairs, int covered, int coveredCompletely) {

    /** {@code source_id} null: no dataset record covers the pair (articles or editors may still speak of it). */
    public record Item(String state, String treaty, String sourceId, String dataset, String asOf, Boolean complete,
                       String locator, String href) {
    }

    public static final List<String> CSV_COLUMNS = List.of("state", "treaty", "source_id", "dataset", "as_of",
            "complete", "locator", "href");

    public List<List<?>> csvRows() {
        return items.stream().<List<?>>map(i -> Arrays.asList(i.state(), i.treaty(), i.sourceId(), i.dataset(), i.asOf(),
                i.complete(), i.locator(), i.href())).toList();
    }
}
