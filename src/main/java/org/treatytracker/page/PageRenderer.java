package org.treatytracker.page;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.function.Function;
import org.treatytracker.release.DataReleases;

/**
 * Renders a page in its language. The body is a String, so the API's read finishing
 * ({@code web/ReadResponses}) tags it (ETag of the bytes), sets Cache-Control and answers 304 as it
 * does for the API; pages also vary on Accept-Language.
 */
@ApplicationScoped
public class PageRenderer {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    private final DataReleases releases;

    public PageRenderer(DataReleases releases) {
        this.releases = releases;
    }

    /** The frame of a page titled {@code title}, made from the current data version. */
    public PageFrame frame(PageContext context, String title, String jsonHref, String csvHref) {
        return new PageFrame(context, title, dataVersion(), jsonHref, csvHref);
    }

    public Response ok(PageFrame frame, TemplateInstance page) {
        return respond(200, frame, page);
    }

    /** A 404 page saying what was not found, in the reader's language. */
    public Response missing(PageContext context, Function<PageText, String> detail) {
        PageText text = context.language().text();
        PageFrame frame = frame(context, text.notFoundTitle(), null, null);
        return respond(404, frame, Templates.missing(frame, detail.apply(text)));
    }

    /** The body of a page saying what went wrong, for {@link ProblemPages}. */
    String problemPage(PageContext context, String title, String detail) {
        PageFrame frame = frame(context, title, null, null);
        return Templates.problem(frame, title, detail).setLocale(context.language().locale()).render();
    }

    private Response respond(int status, PageFrame frame, TemplateInstance page) {
        String body = page.setLocale(frame.context().language().locale()).render();
        return Response.status(status).type(HTML).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, frame.lang())
                .build();
    }

    private String dataVersion() {
        try {
            return String.valueOf(releases.current().version());
        } catch (SQLException unreachable) {
            return null;
        }
    }
}
