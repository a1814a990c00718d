package org.treatytracker.extract;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.auth.Roles;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import org.treatytracker.web.SourceId;

/**
 * Proposes the claims a stored article supports, for an editor to check. Nothing is written: an
 * accepted candidate's {@code claim} is sent, as it is or corrected, to {@code POST /api/v1/claims}.
 */
@Path("/api/v1/sources/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    private final ExtractionService extraction;

    public CandidateResource(ExtractionService extraction) {
        this.extraction = extraction;
    }

    /**
     * Read on a worker thread while the client waits: once its connection closes, the extraction stops.
     * Only confident candidates by default; {@code weak=true} adds the weak ones, each marked {@code "weak": true}.
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    public CandidateList propose(@PathParam("id") SourceId id, @QueryParam("weak") String weak,
                                 @Context HttpServerRequest request) {
        return extraction.listFor(id, () -> request.response().closed(), weakToo(weak));
    }

    /** {@code true} or {@code false} (the default, also when empty); anything else is a 400, not a silent false. */
    static boolean weakToo(String weak) {
        if (weak == null || weak.isEmpty() || weak.equals("false")) {
            return false;
        }
        if (weak.equals("true")) {
            return true;
        }
        throw new ApiException(400, "Bad Request", "Query parameter 'weak' is '" + Codes.printable(weak)
                + "'; it takes true or false.");
    }
}
