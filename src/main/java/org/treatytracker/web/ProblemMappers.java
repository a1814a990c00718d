package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json; nothing internal (stack traces, SQL) leaks out. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart takes seconds; clients should not hammer it meanwhile. */
    private static final int RETRY_AFTER_SECONDS = 5;

    private final RouteTable routes;
    private final Stopping stopping;

    public ProblemMappers(RouteTable routes, Stopping stopping) {
        this.routes = routes;
        this.stopping = stopping;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.status(), e.title(), e.getMessage(), uri.getPath(), e.errors()))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // The JSON reader wraps what it could not parse; say what it was.
            return unreadableBody(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 405) {
            // RFC 9110 15.5.6: a 405 lists what the path does allow.
            String allow = routes.allow(uri.getPath()).orElse("OPTIONS");
            return Response.fromResponse(problem(405, status.getReasonPhrase(),
                    "This path does not take " + Codes.printable(request.getMethod()) + "; it allows " + allow + ".", uri)).header("Allow", allow).build();
        }
        String detail = status.getStatusCode() == 404 ? "No resource at this path." : status.getReasonPhrase();
        return problem(status.getStatusCode(), status.getReasonPhrase(), detail, uri);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return problem(400, "Bad Request", "The request body is not acceptable: " + JsonProblems.describe(e), uri);
    }

    /** Named apart: Quarkus has its own mapper for this subtype, which would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request.");
        return problem(400, "Bad Request", detail, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.is(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(problem(503, "Service Unavailable",
                            "The database cannot be reached at the moment; retry shortly.", uri))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (stopping.now()) {
            LOG.infof("A request on %s failed while the service stops: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(problem(503, "Service Unavailable",
                            "The service is stopping; retry shortly.", uri))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return problem(500, "Internal Server Error", "The server could not answer this request.", uri);
    }

    private static Response problem(int status, String title, String detail, UriInfo uri) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, uri.getPath()))
                .build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
