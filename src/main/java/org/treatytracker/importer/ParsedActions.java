package org.treatytracker.importer;

import java.util.List;

/** A ratification table read whole (such tables have thousands of rows, not millions). */
record ParsedActions(String dataset, DatasetSources.Description description, long rows,
                     List<ActionRecord> actions, List<String> notes, List<RowProblem> problems) {
}
