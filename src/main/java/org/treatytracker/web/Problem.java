package org.treatytracker.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} stays {@code about:blank}: the status and title say it all.
 * {@code errors} (an extension member) lists each thing wrong with a request body, when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null);
    }

    public static Problem of(int status, String title, String detail, String instance, List<String> errors) {
        return new Problem("about:blank", title, status, detail, instance, errors == null || errors.isEmpty() ? null
                : List.copyOf(errors));
    }
}
