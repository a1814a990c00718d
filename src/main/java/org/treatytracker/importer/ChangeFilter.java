package org.treatytracker.importer;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.treatytracker.web.ApiException;

/** Which changes of an import a list shows, as a {@code @BeanParam}: one {@code change}, added, changed or removed. */
public record ChangeFilter(@QueryParam("change") String change) {

    private static final List<String> CHANGES = List.of("added", "changed", "removed");

    public ChangeFilter {
        if (change != null && !CHANGES.contains(change)) {
            throw ApiException.badRequest("change must be added, changed or removed.");
        }
    }
}
