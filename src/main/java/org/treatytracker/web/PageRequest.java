package org.treatytracker.web;

/** Which page of a list a client asked for ({@code page} from 1, {@code per_page} from 1 to {@link #MAX}). */
public record PageRequest(int page, int perPage) {

    public static final int MAX = 1000;

    /** The whole selection, for the CSV form of a list a service pages in SQL. */
    public static final PageRequest WHOLE = new PageRequest(1, Integer.MAX_VALUE);

    /**
     * The offset of this page in a list of {@code total} items paged in the database; a page past the
     * last is a 400 (page 1 of nothing is empty).
     */
    public long offsetWithin(long total) {
        long offset = (long) (page - 1) * perPage;
        if (offset > 0 && offset >= total) {
            throw ApiException.badRequest("page " + page + " is past the last page at per_page " + perPage + ".");
        }
        return offset;
    }

    /** The rule of {@link PageNumber} and {@link PageSize}: a whole number in the range, or a 400 naming the parameter. */
    static int number(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other out-of-range values
        }
        throw ApiException.badRequest(name + " '" + Codes.printable(value) + "' must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? "" : " to " + max) + ".");
    }
}
