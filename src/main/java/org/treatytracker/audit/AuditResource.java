package org.treatytracker.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.treatytracker.auth.Roles;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;
import org.treatytracker.web.Params;

/** The audit log, for editors: every write with its author. */
@Path("/api/v1/audit")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
public class AuditResource {

    private static final Set<String> TARGET_KINDS = Set.of(AuditEntry.SOURCE, AuditEntry.FACT, AuditEntry.CITATION,
            AuditEntry.IMPORT, AuditEntry.RECOMMENDATION);
    private static final int MAX_TARGET_ID = 256;

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    public ItemList<AuditView> list(@QueryParam("actor") String actor, @QueryParam("target_kind") String targetKind,
            @QueryParam("target_id") String targetId, @QueryParam("fact_id") String factId,
            @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        if (targetKind != null && !TARGET_KINDS.contains(targetKind)) {
            throw ApiException.badRequest("'target_kind' must be one of " + TARGET_KINDS.stream().sorted().toList() + ".");
        }
        if (actor != null && actor.length() > 256) {
            throw ApiException.badRequest("'actor' is longer than 256 characters.");
        }
        if (targetId != null && (targetKind == null || targetId.length() > MAX_TARGET_ID)) {
            throw ApiException.badRequest("'target_id' needs 'target_kind' (ids are per kind) and at most "
                    + MAX_TARGET_ID + " characters.");
        }
        Long fact = factId == null ? null : factId(factId);
        return audit.list(new AuditService.Filter(actor, targetKind, targetId, fact, Params.instant("since", since),
                Params.instant("until", until)), PageRequest.of(page, perPage, format, headers));
    }

    private static Long factId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'fact_id' must be a fact id (a whole number).");
        }
    }
}
