package org.treatytracker.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A state's standing at the United Nations; the constants are the wire and database values. */
public enum UnStatus {
    member,
    /** A non-member State with a standing invitation as observer (the Holy See, the State of Palestine). */
    observer;

    public static Optional<UnStatus> named(String value) {
        return Arrays.stream(values()).filter(status -> status.name().equals(value)).findFirst();
    }

    public static String listed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
