package org.treatytracker.importer;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ImportId;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageOrWhole;
import org.treatytracker.web.Paging;

/** The record of imported files and of what each import changed. */
@Path("/api/v1/imports")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
public class ImportResource {

    private final ImportHistoryService history;

    public ImportResource(ImportHistoryService history) {
        this.history = history;
    }

    @GET
    public ItemList<ImportView> list(@BeanParam ImportFilter filter, @BeanParam Paging paging) {
        return history.list(filter.dataset(), paging.request());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportView get(@PathParam("id") ImportId id) {
        return history.get(id);
    }

    @GET
    @Path("/{id}/changes")
    public ItemList<ImportChangeView> changes(@PathParam("id") ImportId id, @BeanParam ChangeFilter filter,
                                              @BeanParam PageOrWhole asked) {
        return history.changes(id, filter.change(), asked.request());
    }
}
