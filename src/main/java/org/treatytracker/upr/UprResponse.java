package org.treatytracker.upr;

import java.util.Arrays;
import java.util.Optional;

/**
 * A state's response to a UPR recommendation, as the Human Rights Council's documents have named it
 * since resolution 16/21: it supports the recommendation or notes it. No response is no value.
 */
public enum UprResponse {
    supported, noted;

    /** The response so named, exactly (the stored and published form). */
    public static Optional<UprResponse> named(String name) {
        return Arrays.stream(values()).filter(response -> response.name().equals(name)).findFirst();
    }

    /** The names, in this order, as messages list them: {@code [supported, noted]}. */
    public static String listed() {
        return Arrays.toString(values());
    }
}
