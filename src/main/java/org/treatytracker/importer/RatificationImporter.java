package org.treatytracker.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.catalog.NameIndex;

/**
 * Imports a ratification table (OHCHR's dashboard export, a status table, or a generic CSV of
 * actions with a mapping) in one transaction: the whole file is read and checked first, and nothing
 * is written unless every row is good. What it read is kept with the import, so that the dataset's
 * latest import can be undone.
 */
@ApplicationScoped
public class RatificationImporter {

    /** What a ratification import read: enough to put its dataset back as it had it. */
    record ImportedRecords(List<ActionRecord> actions, List<CoverageRecord> coverage) {
    }

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final ObjectMapper json;

    public RatificationImporter(AgroalDataSource dataSource, EntityManager em, ObjectMapper json) {
        this.dataSource = dataSource;
        this.em = em;
        this.json = json;
    }

    @ActivateRequestContext
    public ImportResult run(ImportRequest request) {
        return QuarkusTransaction.requiringNew().timeout(ImportTimeout.SECONDS).call(() -> runInTransaction(request));
    }

    /** The import, in the caller's transaction: a failed result has written nothing, and the caller may roll back the rest. */
    @ActivateRequestContext
    public ImportResult runInTransaction(ImportRequest request) throws SQLException {
        DatasetFile file = DatasetFile.of(request.file());
        Outcome outcome = new Outcome(request.format(), file, System.nanoTime());
        ParsedActions parsed = parse(request, file);
        if (!parsed.problems().isEmpty()) {
            return outcome.failed(parsed.dataset(), parsed.rows(), parsed.problems());
        }
        String identity = ImportIdentity.of(request, file, parsed.dataset());
        try (Connection db = dataSource.getConnection()) {
            DatasetSources.lock(db, parsed.dataset());
            if (DatasetSources.isCurrent(db, parsed.dataset(), identity)) {
                return outcome.unchanged(parsed.dataset(), parsed.rows());
            }
            boolean earlier = !DatasetSources.earlierExports(db, parsed.dataset()).isEmpty();
            String source = DatasetSources.register(db, parsed.dataset(), file, identity, parsed.description(),
                    request.record(), parsed.asOf(), parsed.complete());
            String records = json.writeValueAsString(new ImportedRecords(parsed.actions(), parsed.coverage()));
            try (ImportJournal journal = ImportJournal.open(db, parsed.dataset(), source, request.format(), identity,
                    records, null)) {
                ImportJournal.Changes changes = ActionWriter.write(db, journal, parsed.dataset(), source, parsed.actions(), earlier);
                CoverageWriter.replace(db, parsed.dataset(), source, parsed.coverage());
                DatasetSources.countRows(db, source, parsed.rows());
                journal.finish(db, parsed.rows(), changes, outcome.seconds());
                List<String> notes = new ArrayList<>(parsed.notes());
                if (parsed.complete()) {
                    notes.add("a complete record as of " + parsed.asOf() + ": " + parsed.coverage().size()
                            + " listed (state, treaty) pairs, a listed state without an action took none");
                }
                return outcome.imported(parsed.dataset(), source, parsed.rows(), "treaty_action", changes, notes);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import records always serialise", e);
        }
    }

    /**
     * Takes back the dataset's latest import that is not undone yet: the dataset's facts and coverage
     * become what the import before it left (nothing, if it was the first), in one transaction, with
     * the change listed like an import's and an audit entry.
     */
    @ActivateRequestContext
    public ImportResult undo(String dataset) {
        return QuarkusTransaction.requiringNew().timeout(ImportTimeout.SECONDS).call(() -> undoInTransaction(dataset));
    }

    private ImportResult undoInTransaction(String dataset) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            DatasetSources.lock(db, dataset);
            List<LiveImport> live = liveImports(db, dataset);
            if (live.isEmpty()) {
                throw new UsageException("dataset '" + dataset + "' has no import to undo");
            }
            LiveImport undone = live.get(live.size() - 1);
            if (undone.records() == null) {
                throw new UsageException("import " + undone.id() + " (" + undone.format() + ") cannot be undone: "
                        + "only ratification imports keep what they read");
            }
            LiveImport restored = live.size() > 1 ? live.get(live.size() - 2) : null;
            ImportedRecords records = restored == null ? new ImportedRecords(List.of(), List.of())
                    : json.readValue(restored.records(), ImportedRecords.class);
            String source = restored == null ? undone.source() : restored.source();
            try (ImportJournal journal = ImportJournal.open(db, dataset, source, "undo",
                    restored == null ? null : restored.identity(), restored == null ? null : restored.records(), undone.id())) {
                ImportJournal.Changes changes = ActionWriter.write(db, journal, dataset, source, records.actions(), true);
                CoverageWriter.replace(db, dataset, source, records.coverage());
                double seconds = (System.nanoTime() - started) / 1e9;
                journal.finish(db, records.actions().size(), changes, seconds);
                String note = restored == null
                        ? "undid import " + undone.id() + ", the dataset's first: its facts and coverage are removed"
                        : "undid import " + undone.id() + ": the dataset is as import " + restored.id() + " left it";
                return new ImportResult("undone", "undo", dataset, null, null, restored == null ? null : source,
                        records.actions().size(), "treaty_action", changes.added(), changes.changed(), changes.removed(),
                        changes.unchanged(), Math.round(seconds * 1000) / 1000.0, 0, List.of(note), List.of(), null);
            }
        }
    }

    /** An import of the dataset that no undo has taken back, oldest first. */
    private record LiveImport(long id, String format, String source, String identity, String records) {
    }

    private static List<LiveImport> liveImports(Connection db, String dataset) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT i.id, i.format, i.source_id, i.identity, CAST(i.records AS text) FROM imports i
                WHERE i.dataset = ? AND i.undoes IS NULL
                  AND NOT EXISTS (SELECT 1 FROM imports u WHERE u.undoes = i.id)
                ORDER BY i.id""")) {
            query.setString(1, dataset);
            List<LiveImport> live = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    live.add(new LiveImport(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
            return live;
        }
    }

    private ParsedActions parse(ImportRequest request, DatasetFile file) throws SQLException {
        NameIndex names;
        try {
            names = NameIndex.load(em).withAliases(request.aliases());
        } catch (IllegalArgumentException badAlias) {
            throw new UsageException(badAlias.getMessage());
        }
        DateBounds bounds = DateBounds.load(em, request.record().asOf());
        try (RowReader reader = RowReader.open(file.path(), request.encoding(), request.mapping().delimiterChar())) {
            return switch (request.format()) {
                case OhchrStatusTable.FORMAT -> OhchrStatusTable.read(reader, file.name(), names, request, bounds);
                case StatusTable.FORMAT -> StatusTable.read(reader, file, names, request, bounds);
                default -> MappedActionTable.read(reader, file, names, request, bounds);
            };
        } catch (MalformedFileException e) {
            List<RowProblem> problems = new ArrayList<>();
            problems.add(new RowProblem(file.name(), e.line(), e.getMessage()));
            return ParsedActions.failed(request.dataset(), 0, List.of(), problems);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file.path() + ": " + e.getMessage());
        }
    }
}
