package org.treatytracker.importer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.treatytracker.catalog.NameIndex;

/**
 * Imports a UPR recommendations CSV through a column mapping, streaming: rows are checked and
 * written in batches as they are read, in one transaction that is rolled back if any row is bad,
 * so that a bad file leaves the database as it was and the result lists every bad row.
 */
@ApplicationScoped
public class RecommendationImporter {

    static final String FORMAT = "upr-recommendations";
    private static final Logger LOG = Logger.getLogger(RecommendationImporter.class);
    private static final int PROGRESS_EVERY = 20_000;

    private final AgroalDataSource dataSource;
    private final EntityManager em;

    public RecommendationImporter(AgroalDataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
    }

    @ActivateRequestContext
    public ImportResult run(ImportRequest request) {
        RecommendationColumns.check(request.mapping());
        DatasetFile file = DatasetFile.of(request.file());
        String dataset = request.dataset() != null ? request.dataset() : DatasetSources.defaultKey(FORMAT, file);
        long started = System.nanoTime();
        Outcome outcome = new Outcome(FORMAT, file, started);
        try {
            return QuarkusTransaction.requiringNew().timeout(ImportTimeout.SECONDS).call(() -> importFile(request, file, dataset, outcome));
        } catch (ImportFailed failed) {
            return failed.result();
        }
    }

    private ImportResult importFile(ImportRequest request, DatasetFile file, String dataset, Outcome outcome) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            DatasetSources.lock(db, dataset);
            String identity = ImportIdentity.of(request, file, dataset);
            if (DatasetSources.isCurrent(db, dataset, identity)) {
                return outcome.unchanged(dataset, 0);
            }
            String source = DatasetSources.register(db, dataset, file, identity,
                    DatasetSources.Description.ofFile(file, request.mapping().language()), request.record(), request.record().asOf(), false);
            // An identity imported before comes back with its own source: it is this export now, not an earlier one.
            List<String> earlier = DatasetSources.earlierExports(db, dataset).stream().filter(id -> !id.equals(source)).toList();
            List<RowProblem> problems = new ArrayList<>();
            Reading reading = new Reading();
            long rows;
            long recommendations;
            int reviewsRemoved;
            ImportResult.Merging merging = null;
            try (RowReader reader = RowReader.open(file.path(), request.encoding(), request.mapping().delimiterChar());
                 RecommendationWriter writer = new RecommendationWriter(db, dataset, source)) {
                rows = read(reader, file, request.mapping(), writer, problems, outcome, reading);
                recommendations = writer.recommendations();
                merging = new ImportResult.Merging(writer.mergedRows(), writer.keptApartByResponse(),
                        reading.unknownRecommender);
                reviewsRemoved = problems.isEmpty() ? writer.finishReviews() : 0;
            } catch (MalformedFileException e) {
                problems.add(new RowProblem(file.name(), e.line(), e.getMessage()));
                rows = 0;
                recommendations = 0;
                reviewsRemoved = 0;
            } catch (IOException e) {
                throw new UsageException("cannot read " + file.path() + ": " + e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new ImportFailed(outcome.failed(dataset, rows, problems));
            }
            DatasetSources.countRows(db, source, rows);
            try (ImportJournal journal = ImportJournal.open(db, dataset, source, FORMAT, identity)) {
                ImportJournal.Changes changes = RecommendationChanges.apply(db, journal, source, earlier, recommendations);
                journal.finish(db, rows, changes, outcome.seconds());
                return outcome.imported(dataset, source, rows, "recommendation", changes, notes(merging, reviewsRemoved))
                        .with(merging);
            }
        }
    }

    /** What reading the rows noticed beyond the rows themselves. */
    private static final class Reading {
        long unknownRecommender;
    }

    /** The next row; the end of the file when the reader names the undecodable rows this loop has listed already. */
    private static Optional<SourceRow> next(RowReader reader) throws IOException {
        try {
            return reader.next();
        } catch (UndecodableRowsException listed) {
            return Optional.empty();
        }
    }

    private static List<String> notes(ImportResult.Merging merging, int reviewsRemoved) {
        List<String> notes = new ArrayList<>();
        if (merging.mergedRows() > 0) {
            notes.add(merging.mergedRows() + " rows repeat a recommendation of the same review (same UN number, or same"
                    + " text without one) for another recommending state, and were merged into it");
        }
        if (merging.keptApartByResponse() > 0) {
            notes.add(merging.keptApartByResponse() + " rows have the text of an earlier row of their review but another"
                    + " response; each is kept as a recommendation of its own");
        }
        if (merging.rowsWithUnknownRecommendingState() > 0) {
            notes.add(merging.rowsWithUnknownRecommendingState() + " rows give the recommending state as unknown;"
                    + " their recommendations keep the recommending states other rows name");
        }
        if (reviewsRemoved > 0) {
            notes.add(reviewsRemoved + " reviews of the earlier export are not in this one and were removed");
        }
        return notes;
    }

    private long read(RowReader reader, DatasetFile file, Mapping mapping, RecommendationWriter writer,
                      List<RowProblem> problems, Outcome outcome, Reading reading) throws Exception {
        Optional<SourceRow> headerRow = reader.next();
        Map<String, Integer> columns = new Header(headerRow.map(SourceRow::cells).orElse(List.of()))
                .resolve(mapping.columns(), file.name(), problems);
        var parser = new RecommendationColumns(columns, mapping, NameIndex.load(em), UprCycles.load(em), file.name());
        long rows = 0;
        for (Optional<SourceRow> next = next(reader); next.isPresent(); next = next(reader)) {
            rows++;
            if (reader.undecodable(next.get())) {
                problems.add(new RowProblem(file.name(), next.get().line(), UndecodableRowsException.MESSAGE));
                continue;
            }
            Optional<RecommendationRow> row = parser.read(next.get(), problems);
            if (row.isPresent() && row.get().unknownRecommender()) {
                reading.unknownRecommender++;
            }
            if (row.isPresent()) {
                if (!problems.isEmpty()) {
                    writer.checkOnly();
                }
                RowProblem problem = writer.add(row.get(), file.name());
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (rows % PROGRESS_EVERY == 0) {
                LOG.infof("%s: %d rows read (%.0f rows/s), %d problems", file.name(), rows, rows / outcome.seconds(), problems.size());
            }
        }
        return rows;
    }
}
