package org.treatytracker.importer;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the datasets shipped in {@code datasets/} (after the seeds, at every start), through the
 * same importers an operator runs: each file is one import of its dataset, all of them in one
 * transaction, so a bad file leaves the database as it was. A folder whose fingerprint (the
 * manifest, every file's and mapping's bytes) is the last load's is not read again. A shipped file
 * never replaces a newer export of its dataset that an operator imported since.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    /** Shipped files are ratification tables; recommendation exports are imported by operators. */
    private static final Set<String> FORMATS = Set.of("ratification-status", "ohchr-status", "ratifications");
    private static final long ADVISORY_LOCK = 0x7472616b64617461L;
    private static final int TIMEOUT_SECONDS = 600;

    private final RatificationImporter importer;

    public DatasetLoader(RatificationImporter importer) {
        this.importer = importer;
    }

    public DatasetLoadResult load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetLoadException(List.of("no datasets folder at " + dir.toAbsolutePath()
                    + " (set TRACKER_DATASETS_DIR to the project's datasets/ folder, or TRACKER_DATASETS_LOAD=false)"));
        }
        DatasetManifest manifest = DatasetManifest.read(dir);
        List<ImportRequest> requests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        MessageDigest fingerprint = sha256();
        fingerprint.update(bytes(dir.resolve(DatasetManifest.FILE), problems));
        for (DatasetManifest.FileSet set : manifest.sets()) {
            for (DatasetManifest.Entry entry : set.files()) {
                try {
                    ImportRequest request = request(dir, set, entry);
                    fingerprint.update(DatasetFile.of(request.file()).sha256().getBytes(StandardCharsets.US_ASCII));
                    if (set.mapping() != null) {
                        fingerprint.update(bytes(dir.resolve(set.mapping()), problems));
                    }
                    requests.add(request);
                } catch (UsageException e) {
                    problems.add(entry.file() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetLoadException(problems);
        }
        String print = HexFormat.of().formatHex(fingerprint.digest());
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> loadInTransaction(requests, print));
    }

    private DatasetLoadResult loadInTransaction(List<ImportRequest> requests, String fingerprint) throws Exception {
        var em = Panache.getEntityManager();
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(?1) AS text)").setParameter(1, ADVISORY_LOCK)
                .getSingleResult();
        List<?> last = em.createNativeQuery("SELECT fingerprint FROM dataset_loads ORDER BY id DESC LIMIT 1")
                .getResultList();
        if (!last.isEmpty() && fingerprint.equals(last.get(0))) {
            return new DatasetLoadResult(false, fingerprint, requests.size(), 0, 0);
        }
        List<String> problems = new ArrayList<>();
        int imported = 0;
        int skipped = 0;
        for (ImportRequest request : requests) {
            LocalDate newer = newerExportOnRecord(request);
            if (newer != null) {
                LOG.infof("%s: dataset %s holds an export as of %s, newer than this file's %s; left as it is",
                        request.file().getFileName(), request.dataset(), newer, request.record().asOf());
                skipped++;
                continue;
            }
            try {
                ImportResult result = importer.runInTransaction(request);
                result.problems().forEach(problem -> problems.add(problem.toString()));
                if (result.status().equals("imported")) {
                    imported++;
                }
            } catch (UsageException e) {
                problems.add(request.file() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetLoadException(problems);
        }
        em.createNativeQuery("INSERT INTO dataset_loads (fingerprint, files, imported) VALUES (?1, ?2, ?3)")
                .setParameter(1, fingerprint).setParameter(2, requests.size()).setParameter(3, imported)
                .executeUpdate();
        return new DatasetLoadResult(true, fingerprint, requests.size(), imported, skipped);
    }

    /** The date of the dataset's current export, when it is later than the shipped file's. */
    private static LocalDate newerExportOnRecord(ImportRequest request) {
        List<?> current = Panache.getEntityManager().createNativeQuery("""
                        SELECT s.as_of FROM imports i JOIN sources s ON s.id = i.source_id
                        WHERE i.dataset = ?1 ORDER BY i.id DESC LIMIT 1""")
                .setParameter(1, request.dataset()).getResultList();
        if (current.isEmpty() || current.get(0) == null || request.record().asOf() == null) {
            return null;
        }
        LocalDate asOf = (LocalDate) current.get(0);
        return asOf.isAfter(request.record().asOf()) ? asOf : null;
    }

    private static ImportRequest request(Path dir, DatasetManifest.FileSet set, DatasetManifest.Entry entry) {
        if (!FORMATS.contains(set.format())) {
            throw new UsageException("format '" + set.format() + "' is not one the datasets folder takes " + FORMATS);
        }
        if (entry.treaty() == null || set.datasetPrefix() == null) {
            throw new UsageException("each file needs its treaty, and its set a dataset_prefix");
        }
        Mapping mapping = set.mapping() == null ? Mapping.empty() : Mapping.read(dir.resolve(set.mapping()));
        return new ImportRequest(set.format(), dir.resolve(entry.file()), mapping, StandardCharsets.UTF_8,
                set.datasetPrefix() + "-" + entry.treaty(),
                new ImportRequest.RecordOptions(entry.treaty(), set.asOf(), set.complete(), set.title(), set.publisher(),
                        set.url(), set.retrievedOn()),
                Map.of());
    }

    private static byte[] bytes(Path file, List<String> problems) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add("cannot read " + file + ": " + e.getMessage());
            return new byte[0];
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
