package org.treatytracker.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail. {@code type} stays {@code about:blank}: the status and title say it all. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }
}
