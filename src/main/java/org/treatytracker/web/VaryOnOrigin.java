package org.treatytracker.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS answers echo the request's Origin (any origin may read), so every answer varies with it: each
 * says so in Vary, merged with whatever else it varies on, or a shared cache could hand one origin's
 * CORS answer to a browser on another. Registered as an HTTP filter, ahead of the CORS filter, so
 * that preflights and errors carry it too.
 */
@ApplicationScoped
public class VaryOnOrigin {

    /** Above the CORS filter's priority: runs first, so its headers-end hook sees every answer. */
    private static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> vary(context.response().headers()));
            context.next();
        }, PRIORITY);
    }

    static void vary(MultiMap headers) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : headers.getAll("Vary")) {
            Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        }
        if (names.stream().noneMatch(name -> name.equalsIgnoreCase("Origin") || name.equals("*"))) {
            names.add("Origin");
        }
        headers.set("Vary", names.stream().collect(Collectors.joining(", ")));
    }
}
