package org.treatytracker.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * A ratification table read whole (such tables have thousands of rows, not millions).
 *
 * @param coverage the (state, treaty) pairs the file lists, one per row
 * @param asOf     the date the file speaks as of, when it says or the import gives one
 * @param complete whether a listed state without an action took none (as of {@code asOf})
 */
record ParsedActions(String dataset, DatasetSources.Description description, long rows,
                     List<ActionRecord> actions, List<CoverageRecord> coverage, LocalDate asOf, boolean complete,
                     List<String> notes, List<RowProblem> problems) {

    static ParsedActions failed(String dataset, long rows, List<String> notes, List<RowProblem> problems) {
        return new ParsedActions(dataset, null, rows, List.of(), List.of(), null, false, notes, problems);
    }
}
