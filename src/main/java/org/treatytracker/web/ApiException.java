package org.treatytracker.web;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A client-facing failure: becomes a problem+json response with this status, title and detail. It is a
 * {@link WebApplicationException} so that, thrown where JAX-RS reads a parameter (a {@code ParamConverter},
 * a {@code @BeanParam} record's constructor), it still reaches {@link ProblemMappers}: JAX-RS passes those
 * on, and turns any other exception from there into a bare 404 or 400.
 */
public class ApiException extends WebApplicationException {

    private final int status;
    private final String title;
    private final List<String> errors;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    /** @param errors each thing wrong, listed in the problem's {@code errors} member */
    public ApiException(int status, String title, String detail, List<String> errors) {
        super(detail, status);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not Found", detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad Request", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail);
    }

    /** The body is well-formed but does not hold (a quote not in the text, an unknown state...). */
    public static ApiException unprocessable(List<String> errors) {
        return new ApiException(422, "Unprocessable Content", errors.size() == 1 ? errors.get(0)
                : errors.size() + " problems; see errors.", errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<String> errors() {
        return errors;
    }
}
