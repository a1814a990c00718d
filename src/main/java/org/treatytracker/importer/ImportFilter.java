package org.treatytracker.importer;

import jakarta.ws.rs.QueryParam;
import org.treatytracker.web.ApiException;

/** Which imports a list shows, as a {@code @BeanParam}: those of one {@code dataset}, 1 to 100 characters. */
public record ImportFilter(@QueryParam("dataset") String dataset) {

    private static final int MAX_DATASET = 100;

    public ImportFilter {
        if (dataset != null && (dataset.isBlank() || dataset.length() > MAX_DATASET)) {
            throw ApiException.badRequest("dataset must be 1 to " + MAX_DATASET + " characters.");
        }
    }
}
