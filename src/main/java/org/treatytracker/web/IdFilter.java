package org.treatytracker.web;

/** An id given as a query filter ({@code review}): a positive whole number, spaces around it allowed. */
public record IdFilter(long value) {

    /** @param name the parameter, which the 400 for anything else names */
    public static IdFilter of(String name, String text) {
        long id;
        try {
            id = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id > 0) {
            return new IdFilter(id);
        }
        throw ApiException.badRequest("'" + name + "' must be an id (a positive whole number).");
    }
}
