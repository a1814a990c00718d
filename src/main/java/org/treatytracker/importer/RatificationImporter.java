package org.treatytracker.importer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a ratification table (OHCHR's dashboard export, or a generic CSV with a mapping) in one
 * transaction: the whole file is read and checked first, and nothing is written unless every row is
 * good.
 */
@ApplicationScoped
public class RatificationImporter {

    private final AgroalDataSource dataSource;
    private final EntityManager em;

    public RatificationImporter(AgroalDataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
    }

    public ImportResult run(ImportRequest request) {
        DatasetFile file = DatasetFile.of(request.file());
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().timeout(ImportTimeout.SECONDS).call(() -> {
            ParsedActions parsed = parse(request, file);
            Outcome outcome = new Outcome(request.format(), file, started);
            if (!parsed.problems().isEmpty()) {
                return outcome.failed(parsed.dataset(), parsed.rows(), parsed.problems());
            }
            try (Connection db = dataSource.getConnection()) {
                DatasetSources.lock(db, parsed.dataset());
                if (DatasetSources.alreadyImported(db, parsed.dataset(), file.sha256())) {
                    return outcome.unchanged(parsed.dataset(), parsed.rows());
                }
                boolean earlier = !DatasetSources.earlierExports(db, parsed.dataset()).isEmpty();
                String source = DatasetSources.register(db, parsed.dataset(), file, parsed.description());
                try (ImportJournal journal = ImportJournal.open(db, parsed.dataset(), source, request.format())) {
                    ImportJournal.Changes changes = ActionWriter.write(db, journal, parsed.dataset(), source, parsed.actions(), earlier);
                    DatasetSources.countRows(db, source, parsed.rows());
                    journal.finish(db, parsed.rows(), changes, outcome.seconds());
                    return outcome.imported(parsed.dataset(), source, parsed.rows(), "treaty_action", changes, parsed.notes());
                }
            }
        });
    }

    private ParsedActions parse(ImportRequest request, DatasetFile file) throws SQLException {
        NameIndex names = NameIndex.load(em);
        try (RowReader reader = RowReader.open(file.path(), request.encoding(), request.mapping().delimiterChar())) {
            return request.format().equals(OhchrStatusTable.FORMAT)
                    ? OhchrStatusTable.read(reader, file.name(), names, request.dataset())
                    : MappedActionTable.read(reader, file, names, request.mapping(), request.dataset());
        } catch (MalformedFileException e) {
            List<RowProblem> problems = new ArrayList<>();
            problems.add(new RowProblem(file.name(), e.line(), e.getMessage()));
            return new ParsedActions(request.dataset(), null, 0, List.of(), List.of(), problems);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file.path() + ": " + e.getMessage());
        }
    }
}
