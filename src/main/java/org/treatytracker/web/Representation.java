package org.treatytracker.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Which form of an answer the client asked for, as a {@code @BeanParam}: {@code format} wins, otherwise
 * an Accept header naming text/csv asks for CSV. A class, not a record: Quarkus REST gives a record's
 * components no {@code @Context}, and Accept is no parameter of the contract's.
 */
public final class Representation {

    @QueryParam("format")
    Format format;

    @Context
    HttpHeaders headers;

    public boolean csv() {
        return format != null ? format == Format.CSV : Csv.wanted(null, headers.getRequestHeader(HttpHeaders.ACCEPT));
    }
}
