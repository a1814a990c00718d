package org.treatytracker.codebook;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The codebook of the CSV exports, as Markdown, from the column definitions the exports are written with. */
@Path("/api/v1/codebook")
public class CodebookResource {

    public static final String MEDIA_TYPE = "text/markdown;charset=UTF-8";

    @GET
    @Produces(MEDIA_TYPE)
    public String codebook() {
        return Codebook.markdown();
    }
}
