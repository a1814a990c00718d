package org.treatytracker.importer;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The import of one file in the format asked for, each format read by its importer in one
 * transaction, and the undoing of a dataset's latest import: what the command line calls.
 */
@ApplicationScoped
public class Importers {

    /** OHCHR's Status of Ratification dashboard export (.xls, .xlsx or CSV), read without a mapping. */
    public static final String OHCHR_STATUS = OhchrStatusTable.FORMAT;
    /** A status table, one row per state for one treaty, read with a mapping. */
    public static final String RATIFICATION_STATUS = StatusTable.FORMAT;
    /** A CSV of treaty actions, read with a mapping. */
    public static final String RATIFICATIONS = MappedActionTable.FORMAT;
    /** A CSV of UPR recommendations, read with a mapping. */
    public static final String UPR_RECOMMENDATIONS = RecommendationImporter.FORMAT;

    private final RatificationImporter ratifications;
    private final RecommendationImporter recommendations;

    public Importers(RatificationImporter ratifications, RecommendationImporter recommendations) {
        this.ratifications = ratifications;
        this.recommendations = recommendations;
    }

    /**
     * @throws UsageException when the request cannot be read as asked (a mapped column the file
     *                        lacks, an unknown treaty): nothing is written
     */
    public ImportResult run(ImportRequest request) {
        return request.format().equals(UPR_RECOMMENDATIONS) ? recommendations.run(request) : ratifications.run(request);
    }

    /** Takes back the dataset's latest import that is not undone yet (ratification datasets). */
    public ImportResult undo(String dataset) {
        return ratifications.undo(dataset);
    }
}
