package org.treatytracker.bulk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.treatytracker.release.DataRelease;
import org.treatytracker.web.DataVersionHeaders;
import org.treatytracker.web.SpooledBody;

/**
 * {@code GET /api/v1/bulk}: the whole database as a zip of CSVs, as of one data release. The zip is
 * written to a temporary file first (constant memory, and its ETag known), so that the headers can
 * name the snapshot's own release: its file name, Data-Version and Last-Modified.
 */
@Path("/api/v1/bulk")
public class BulkResource {

    private final BulkExport bulk;

    public BulkResource(BulkExport bulk) {
        this.bulk = bulk;
    }

    @GET
    @Produces(BulkExport.MEDIA_TYPE)
    public Response zip(@Context HttpHeaders headers) throws IOException {
        AtomicReference<DataRelease> release = new AtomicReference<>();
        Response spooled = SpooledBody.ok(out -> release.set(bulk.write(out)), BulkExport.MEDIA_TYPE,
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        return Response.fromResponse(spooled)
                .header("Content-Disposition", "attachment; filename=\"" + BulkExport.fileName(release.get()) + "\"")
                .header(DataVersionHeaders.DATA_VERSION, release.get().version())
                .header("Last-Modified", DataVersionHeaders.lastModified(release.get()))
                .build();
    }
}
