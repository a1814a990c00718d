package org.treatytracker.readmodel;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a public read's answer depends on besides the data: its path and query as sent, the
 * representation and languages asked for, and the day (a treaty page's chart runs to the current year).
 * Nothing else a request carries changes the body: CORS, compression and security headers are added
 * after, by the HTTP layer, on every answer.
 */
record ResponseKey(String path, String query, String accept, String acceptLanguage, LocalDate day) {

    static ResponseKey of(ContainerRequestContext request, String rawQuery) {
        return new ResponseKey(request.getUriInfo().getPath(), rawQuery == null ? "" : rawQuery,
                orEmpty(request.getHeaderString(HttpHeaders.ACCEPT)), orEmpty(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                LocalDate.now(ZoneOffset.UTC));
    }

    /** The request target, as a client sends it again. */
    String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Roughly what the key itself occupies, counted with the body against the read model's bound. */
    long size() {
        return 64L + 2L * (path.length() + query.length() + accept.length() + acceptLanguage.length());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
