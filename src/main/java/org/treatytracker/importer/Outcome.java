package org.treatytracker.importer;

import java.util.List;

/** Builds an import's result, timing it from the start of the import. */
final class Outcome {

    private final String format;
    private final DatasetFile file;
    private final long started;

    Outcome(String format, DatasetFile file, long started) {
        this.format = format;
        this.file = file;
        this.started = started;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    ImportResult failed(String dataset, long rows, List<RowProblem> problems) {
        return result("failed", dataset, null, rows, null, new ImportJournal.Changes(0, 0, 0, 0), List.of(), problems);
    }

    ImportResult unchanged(String dataset, long rows) {
        return result("unchanged", dataset, null, rows, null, new ImportJournal.Changes(0, 0, 0, 0),
                List.of("the dataset already holds this file (same SHA-256) read with this mapping and these options; nothing written"), List.of());
    }

    ImportResult imported(String dataset, String source, long rows, String unit, ImportJournal.Changes changes,
                          List<String> notes) {
        return result("imported", dataset, source, rows, unit, changes, notes, List.of());
    }

    private ImportResult result(String status, String dataset, String source, long rows, String unit,
                                ImportJournal.Changes changes, List<String> notes, List<RowProblem> problems) {
        double seconds = seconds();
        return new ImportResult(status, format, dataset, file.name(), file.sha256(), source, rows, unit,
                changes.added(), changes.changed(), changes.removed(), changes.unchanged(),
                Math.round(seconds * 1000) / 1000.0, seconds > 0 ? Math.round(rows / seconds) : rows, notes, problems, null);
    }
}
