package org.treatytracker.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.release.DataRelease;
import org.treatytracker.release.DataReleases;
import org.treatytracker.release.DataVersionWatch;
import org.treatytracker.replica.ReadSource;

/**
 * Every API response and page says which data release it comes from: {@code Data-Version} and
 * {@code Last-Modified} (the release's commit time). A read takes the release before the resource
 * runs, so that a write committing meanwhile makes the label older than the data, never newer: a
 * client revalidating with it then gets the new data rather than a 304. A write's response names
 * the release after its commit. {@link ReadResponses} answers If-Modified-Since with it.
 */
public class DataVersionHeaders {

    public static final String DATA_VERSION = "Data-Version";
    private static final String RELEASE = DataVersionHeaders.class.getName();
    /** IMF-fixdate, the HTTP date a server sends (RFC 9110 5.6.7). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final DataReleases releases;
    private final DataVersionWatch watch;
    private final ReadSource source;

    public DataVersionHeaders(DataReleases releases, DataVersionWatch watch, ReadSource source) {
        this.releases = releases;
        this.watch = watch;
        this.source = source;
    }

    /**
     * The release of the database the read is made from (primary or replica), as this instance follows
     * it (never newer than the database's), else the primary's, read now.
     */
    @ServerRequestFilter
    public void beforeRead(ContainerRequestContext request) throws SQLException {
        if (api(request) && read(request) && release(request) == null) {
            Optional<DataRelease> known = source.release();
            request.setProperty(RELEASE, known.isPresent() ? known.get() : releases.current());
        }
    }

    /** The release a read answers with, when another filter took it (an answer held by the read model). */
    public static void remember(ContainerRequestContext request, DataRelease release) {
        request.setProperty(RELEASE, release);
    }

    @ServerResponseFilter
    public void label(ContainerRequestContext request, ContainerResponseContext response) {
        // A response that read its own release (the bulk download, from its snapshot) keeps it.
        if (!api(request) || response.getStatus() == 503 || response.getHeaders().containsKey(DATA_VERSION)) {
            return;
        }
        DataRelease release = release(request);
        if (release == null) {
            try {
                release = releases.current();
                watch.observed(release);
            } catch (SQLException unreachable) {
                // Thrown here, it would replace the answer already made (a committed write's) with a 500.
                return;
            }
        }
        response.getHeaders().putSingle(DATA_VERSION, release.version());
        response.getHeaders().putSingle("Last-Modified", lastModified(release));
    }

    /** The Last-Modified of a response from {@code release}. */
    public static String lastModified(DataRelease release) {
        return HTTP_DATE.format(release.lastModified(Instant.now()));
    }

    /**
     * Whether a read may answer 304 by its date: the client sent If-Modified-Since and no
     * If-None-Match (which takes precedence, RFC 9110 13.2.2), and no release came after that date.
     * A date that does not parse as an IMF-fixdate is ignored, as the header would be.
     */
    static boolean unmodifiedSince(ContainerRequestContext request) {
        String since = request.getHeaderString("If-Modified-Since");
        DataRelease release = release(request);
        if (since == null || release == null || request.getHeaderString("If-None-Match") != null) {
            return false;
        }
        try {
            Instant date = Instant.from(HTTP_DATE.parse(since.trim()));
            return !release.lastModified(Instant.now()).isAfter(date);
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static DataRelease release(ContainerRequestContext request) {
        return request.getProperty(RELEASE) instanceof DataRelease release ? release : null;
    }

    /** The API's responses and the pages' (every resource outside /api is a page). */
    private static boolean api(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/api/v1/") || !path.startsWith("/api/");
    }

    private static boolean read(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
