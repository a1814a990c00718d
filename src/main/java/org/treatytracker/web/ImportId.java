package org.treatytracker.web;

/**
 * The id of an import in a path: a positive whole number, anything else a 400 (unlike the ids of
 * {@link ResourceId}). {@code text} is the id as the path wrote it ({@code 007}), which a 404 repeats.
 */
public record ImportId(long value, String text) {

    public static ImportId of(String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return new ImportId(value, text);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("'" + Codes.printable(text) + "' is not an import id.");
    }
}
