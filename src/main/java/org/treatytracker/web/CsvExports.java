package org.treatytracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Items as a CSV answer, in their type's {@link ExportColumns}, the catalog's names beside codes: for the
 * answers that are not an {@link ItemList} (which {@link ReadResponses} turns into CSV itself).
 */
@ApplicationScoped
public class CsvExports {

    private final ObjectMapper json;
    private final CodeNames.Source names;

    public CsvExports(ObjectMapper json, CodeNames.Source names) {
        this.json = json;
        this.names = names;
    }

    public Response response(Class<?> itemType, List<?> items, Bom bom) {
        return Response.ok(bom.body(table(itemType, items)), Csv.CONTENT_TYPE).build();
    }

    public String table(Class<?> itemType, List<?> items) {
        return ExportColumns.of(itemType).table(items, names.current(), json);
    }

    /** The catalog's names as they stand now, for an export that writes its rows itself. */
    public CodeNames names() {
        return names.current();
    }

    public ObjectMapper json() {
        return json;
    }
}
