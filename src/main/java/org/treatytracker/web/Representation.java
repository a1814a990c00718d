package org.treatytracker.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Which form of an answer the client asked for, as a {@code @BeanParam}: {@code format} wins, otherwise
 * an Accept header naming text/csv asks for CSV; {@code bom}, whether CSV starts with a byte order mark.
 * A class, not a record: Quarkus REST gives a record's components no {@code @Context}, and Accept is no
 * parameter of the contract's.
 */
public final class Representation {

    @QueryParam("format")
    Format format;

    @QueryParam("bom")
    Bom bom;

    @Context
    HttpHeaders headers;

    /** Whether a CSV answer starts with a byte order mark ({@code bom=true}). */
    public Bom bom() {
        return bom == null ? Bom.NONE : bom;
    }

    public boolean csv() {
        return format != null ? format == Format.CSV : Csv.wanted(null, headers.getRequestHeader(HttpHeaders.ACCEPT));
    }
}
