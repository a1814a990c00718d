package org.treatytracker.ratification;

import java.util.List;
import org.treatytracker.web.CsvColumn;

/**
 * Which dataset records cover each (state, treaty) pair of a selection, and as of when: one item per
 * pair and covering record, and one item with no source for a pair nothing covers, so that gaps show.
 */
public record CoverageView(List<Item> items, int total, int pairs, int covered, int coveredCompletely) {

    /** {@code source_id} null: no dataset record covers the pair (articles or editors may still speak of it). */
    public record Item(
            @CsvColumn(value = "ISO 3166-1 alpha-3 code of the state.", coded = CsvColumn.Coded.state) String state,
            @CsvColumn(value = "The treaty's code.", coded = CsvColumn.Coded.treaty) String treaty,
            @CsvColumn(value = "The dataset record (a source) covering the pair.", empty = "no dataset record covers the pair")
            String sourceId,
            @CsvColumn(value = "The dataset the record belongs to.", empty = "no dataset record covers the pair") String dataset,
            @CsvColumn(value = "The date the record speaks as of.", empty = "no dataset record covers the pair, or it gives no date",
                    date = true) String asOf,
            @CsvColumn(value = "Whether the record is complete: a listed state without an action took none as of `as_of`.",
                    empty = "no dataset record covers the pair") Boolean complete,
            @CsvColumn(value = "Where in the record the pair stands (its row).", empty = "no dataset record covers the pair")
            String locator,
            @CsvColumn("API path of the pair's status.") String href) {
    }
}
