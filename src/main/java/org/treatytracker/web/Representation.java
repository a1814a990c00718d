package org.treatytracker.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * Which form of an answer the client asked for, as a {@code @BeanParam}: {@code format} wins, otherwise
 * an Accept header naming text/csv asks for CSV.
 */
public record Representation(@QueryParam("format") Format format, @HeaderParam(HttpHeaders.ACCEPT) List<String> accept) {

    public boolean csv() {
        return format != null ? format == Format.CSV : Csv.wanted(null, accept);
    }
}
