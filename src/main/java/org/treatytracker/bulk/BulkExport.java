package org.treatytracker.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.treatytracker.catalog.StateQuery;
import org.treatytracker.catalog.StateService;
import org.treatytracker.catalog.StateView;
import org.treatytracker.catalog.TreatyService;
import org.treatytracker.catalog.TreatyView;
import org.treatytracker.council.HrcMembership;
import org.treatytracker.council.HrcMembershipView;
import org.treatytracker.figure.FigureService;
import org.treatytracker.figure.FigureView;
import org.treatytracker.importer.ImportHistoryService;
import org.treatytracker.importer.ImportView;
import org.treatytracker.provenance.SourceService;
import org.treatytracker.provenance.SourceView;
import org.treatytracker.ratification.CoverageService;
import org.treatytracker.ratification.CoverageView;
import org.treatytracker.ratification.RatificationService;
import org.treatytracker.ratification.RatificationView;
import org.treatytracker.release.DataRelease;
import org.treatytracker.release.DataReleases;
import org.treatytracker.upr.RecommendationService;
import org.treatytracker.upr.UprCycleView;
import org.treatytracker.upr.UprReviewView;
import org.treatytracker.upr.UprService;
import org.treatytracker.web.CsvExports;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.PageRequest;

/**
 * The whole database as a zip: one CSV per list the API exports, each the bytes its endpoint's CSV
 * gives (written by the same code), a codebook, and {@code metadata.json}; all read in one
 * read-only REPEATABLE READ transaction, so the zip is the data as of one release. Written as it
 * is read: the recommendations stream from a cursor, the other lists one at a time (the per-state
 * ones a state at a time), so memory does not grow with the data.
 */
@ApplicationScoped
public class BulkExport {

    public static final String MEDIA_TYPE = "application/zip";
    static final String CODEBOOK = "codebook.md";

    private final DataReleases releases;
    private final TreatyService treaties;
    private final StateService states;
    private final SourceService sources;
    private final FigureService figures;
    private final UprService upr;
    private final ImportHistoryService imports;
    private final CoverageService coverage;
    private final RatificationService ratifications;
    private final RecommendationService recommendations;
    private final ObjectMapper json;
    private final CsvExports csv;
    private final String softwareVersion;

    public BulkExport(DataReleases releases, TreatyService treaties, StateService states, SourceService sources,
                      FigureService figures, UprService upr, ImportHistoryService imports, CoverageService coverage,
                      RatificationService ratifications, RecommendationService recommendations, ObjectMapper json,
                      CsvExports csv, @ConfigProperty(name = "quarkus.application.version") String softwareVersion) {
        this.releases = releases;
        this.treaties = treaties;
        this.states = states;
        this.sources = sources;
        this.figures = figures;
        this.upr = upr;
        this.imports = imports;
        this.coverage = coverage;
        this.ratifications = ratifications;
        this.recommendations = recommendations;
        this.json = json;
        this.csv = csv;
        this.softwareVersion = softwareVersion;
    }

    /** The file name a download of {@code release} is saved as. */
    public static String fileName(DataRelease release) {
        return "treaty-tracker-data-v" + release.version() + ".zip";
    }

    /**
     * Writes the zip to {@code out} (left open) from one snapshot, and answers its release. A new
     * transaction, whatever the caller's: isolation is set by a transaction's first statement.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DataRelease write(OutputStream out) throws IOException {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        Object isolation = em.createNativeQuery("SHOW transaction_isolation").getSingleResult();
        if (!"repeatable read".equals(isolation)) {
            throw new IllegalStateException("the bulk download reads at " + isolation + ", not in one snapshot");
        }
        DataRelease release;
        try {
            release = releases.current();
        } catch (SQLException e) {
            throw new IOException("reading the data release failed", e);
        }
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }
        });
        Entries entries = new Entries(zip, FileTime.from(release.changedAt()));
        List<BulkFile> files = new ArrayList<>();
        List<StateView> everyState = states.list(StateQuery.ANY);
        files.add(entries.list("treaties.csv", "/api/v1/treaties", treaties.list(), TreatyView.class));
        files.add(entries.list("states.csv", "/api/v1/states", everyState, StateView.class));
        files.add(entries.list("sources.csv", "/api/v1/sources", sources.list(), SourceView.class));
        files.add(entries.list("figures.csv", "/api/v1/figures", figures.list(null), FigureView.class));
        files.add(entries.list("upr-cycles.csv", "/api/v1/upr/cycles", upr.cycles(), UprCycleView.class));
        files.add(entries.list("imports.csv", "/api/v1/imports", imports.list(null, PageRequest.WHOLE).all(), ImportView.class));
        CoverageView pairs = coverage.of(null, null);
        files.add(entries.text("coverage.csv", "/api/v1/coverage", csv.table(CoverageView.Item.class, pairs.items()),
                pairs.items().size()));
        files.add(entries.perState("ratifications.csv", "/api/v1/states/{iso3}/ratifications", everyState,
                iso3 -> ratifications.ofState(iso3, null), RatificationView.class));
        files.add(entries.perState("upr-reviews.csv", "/api/v1/states/{iso3}/upr-reviews", everyState,
                upr::reviewsOf, UprReviewView.class));
        files.add(entries.perState("hrc-memberships.csv", "/api/v1/states/{iso3}/hrc-memberships", everyState,
                iso3 -> HrcMembership.ofState(states.require(iso3).code).stream().map(HrcMembershipView::of).toList(),
                HrcMembershipView.class));
        zip.putNextEntry(entries.entry("recommendations.csv"));
        files.add(new BulkFile("recommendations.csv", "/api/v1/recommendations", recommendations.writeAllCsv(zip)));
        zip.closeEntry();

        try (InputStream codebook = BulkExport.class.getResourceAsStream("/" + CODEBOOK)) {
            if (codebook != null) {
                zip.putNextEntry(entries.entry(CODEBOOK));
                codebook.transferTo(zip);
                zip.closeEntry();
            } else {
                entries.bytes("README.txt", readme(files).getBytes(StandardCharsets.UTF_8));
            }
        }
        BulkMetadata metadata = new BulkMetadata(release.version(), release.changedAt().toString(), Instant.now().toString(),
                "v1", softwareVersion, files, DataTerms.STATED, citation(release));
        entries.bytes("metadata.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
        zip.finish();
        zip.close();
        return release;
    }

    private static String citation(DataRelease release) {
        return "The Treaty Tracker contributors, Treaty Tracker, bulk download, data version " + release.version()
                + " (" + release.changedAt() + "). Cite as well the sources the facts point to (each row's provenance,"
                + " sources.csv).";
    }

    private static String readme(List<BulkFile> files) {
        StringBuilder text = new StringBuilder("Treaty Tracker: the whole database as CSV, as of one data version\r\n\r\n"
                + "Each CSV is byte for byte what its endpoint gives with format=csv (RFC 4180, UTF-8, a header row,\r\n"
                + "CRLF line ends). An endpoint with {iso3} is every state of states.csv, in its order, under one header.\r\n\r\n");
        for (BulkFile file : files) {
            text.append(file.name()).append("  ").append(file.endpoint()).append("  (").append(file.rows()).append(" rows)\r\n");
        }
        return text.append("metadata.json  the data version, when it changed, these files with their row counts, the terms"
                + " of the data and how to cite it\r\n").toString();
    }

    /** Writes the zip's entries, each dated with the release. */
    private final class Entries {

        private final ZipOutputStream zip;
        private final FileTime time;

        Entries(ZipOutputStream zip, FileTime time) {
            this.zip = zip;
            this.time = time;
        }

        ZipEntry entry(String name) {
            ZipEntry entry = new ZipEntry(name);
            entry.setLastModifiedTime(time);
            return entry;
        }

        void bytes(String name, byte[] content) throws IOException {
            zip.putNextEntry(entry(name));
            zip.write(content);
            zip.closeEntry();
        }

        BulkFile text(String name, String endpoint, String csv, long rows) throws IOException {
            bytes(name, csv.getBytes(StandardCharsets.UTF_8));
            return new BulkFile(name, endpoint, rows);
        }

        BulkFile list(String name, String endpoint, List<?> items, Type itemType) throws IOException {
            return text(name, endpoint, csv.table((Class<?>) itemType, items), items.size());
        }

        /**
         * Every state's list under one header: each state's CSV as its endpoint gives it, less its header
         * row, which is the same for every state (the columns are the item type's).
         */
        BulkFile perState(String name, String endpoint, List<StateView> everyState, Function<Iso3, List<?>> listOf,
                          Type itemType) throws IOException {
            zip.putNextEntry(entry(name));
            String header = null;
            long rows = 0;
            EntityManager em = Panache.getEntityManager();
            for (StateView state : everyState) {
                List<?> items = listOf.apply(new Iso3(state.iso3()));
                String table = csv.table((Class<?>) itemType, items);
                int headerEnd = table.indexOf("\r\n") + 2;
                if (header == null) {
                    header = table.substring(0, headerEnd);
                    zip.write(header.getBytes(StandardCharsets.UTF_8));
                } else if (!table.startsWith(header)) {
                    throw new IllegalStateException(name + ": the columns of " + state.iso3() + " differ from the first state's");
                }
                zip.write(table.substring(headerEnd).getBytes(StandardCharsets.UTF_8));
                rows += items.size();
                // Nothing is written in this transaction: what was read for one state need not stay in memory.
                em.clear();
            }
            zip.closeEntry();
            return new BulkFile(name, endpoint, rows);
        }
    }
}
