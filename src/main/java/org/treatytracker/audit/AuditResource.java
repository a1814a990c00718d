package org.treatytracker.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.auth.Roles;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageOrWhole;

/** The audit log, for editors: every write with its author. */
@Path("/api/v1/audit")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    public ItemList<AuditView> list(@BeanParam AuditQuery query, @BeanParam PageOrWhole asked) {
        return audit.list(query.filter(), asked.request());
    }
}
