package org.treatytracker.importer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

/** The record of imported files and of what each import changed. */
@Path("/api/v1/imports")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
public class ImportResource {

    private final ImportHistoryService history;

    public ImportResource(ImportHistoryService history) {
        this.history = history;
    }

    @GET
    public ItemList<ImportView> list(@QueryParam("dataset") String dataset, @QueryParam("page") String page,
                                     @QueryParam("per_page") String perPage) {
        return history.list(dataset, PageRequest.of(page, perPage));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportView get(@PathParam("id") String id) {
        return history.get(id);
    }

    @GET
    @Path("/{id}/changes")
    public ItemList<ImportChangeView> changes(@PathParam("id") String id, @QueryParam("change") String change,
                                              @QueryParam("page") String page, @QueryParam("per_page") String perPage,
                                              @QueryParam("format") String format, @Context HttpHeaders headers) {
        return history.changes(id, change, PageRequest.of(page, perPage, format, headers));
    }
}
