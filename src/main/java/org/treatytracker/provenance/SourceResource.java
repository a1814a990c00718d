package org.treatytracker.provenance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.treatytracker.auth.Roles;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;
import org.treatytracker.web.SourceId;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceService sources;
    private final SourceIntake intake;
    private final SecurityIdentity identity;

    public SourceResource(SourceService sources, SourceIntake intake, SecurityIdentity identity) {
        this.sources = sources;
        this.intake = intake;
        this.identity = identity;
    }

    /** Stores a new article; 201 with its metadata, or 409 naming the source that already has this text. */
    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull NewSource source) {
        SourceView added = intake.add(source, identity.getPrincipal().getName());
        return Response.created(URI.create(added.href())).entity(added).build();
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    public ItemList<SourceView> list(@BeanParam Paging paging) {
        return ItemList.page(sources.list(), paging.request());
    }

    @GET
    @Path("/{id}")
    public SourceView get(@PathParam("id") SourceId id) {
        return sources.get(id);
    }

    /** The stored text, byte for byte: citation offsets count code points into exactly this. */
    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String text(@PathParam("id") SourceId id) {
        return sources.text(id);
    }

    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @GET
    @Path("/{id}/claims")
    public ItemList<ClaimView> claims(@PathParam("id") SourceId id, @BeanParam Paging paging) {
        return ItemList.page(sources.claims(id), paging.request());
    }
}
