package org.treatytracker.floor;

import org.treatytracker.web.ApiException;

/** The size of a floor body, in bytes: a decimal number from 0 to {@link #MAX_BYTES}. */
record FloorSize(int bytes) {

    /** Far above any response of the API (the whole matrix is about 500 KB), and a bound on what one request may make. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /**
     * Read after the floor is known to be on, not by JAX-RS before the method runs: a floor that is off
     * answers 404 whatever the path says, as an unknown path does.
     */
    static FloorSize parse(String text) {
        if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) > MAX_BYTES) {
            throw ApiException.badRequest("The floor's size is a number of bytes from 0 to " + MAX_BYTES + "; got '"
                    + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'.");
        }
        return new FloorSize(Integer.parseInt(text));
    }
}
