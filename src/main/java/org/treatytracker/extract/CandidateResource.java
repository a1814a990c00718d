package org.treatytracker.extract;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.auth.Roles;
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

    /** Read on a worker thread while the client waits: once its connection closes, the extraction stops. */
    @POST
    @RolesAllowed(Roles.EDITOR)
    public CandidateList propose(@PathParam("id") SourceId id, @Context HttpServerRequest request) {
        return extraction.listFor(id, () -> request.response().closed());
    }
}
