package org.treatytracker.web;

/**
 * The id of a fact, citation or recommendation in a path: a positive whole number. Anything else names
 * no resource, and answers a 404 as an unknown id does.
 */
public record ResourceId(long value) {

    public static ResourceId of(String text) {
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id > 0) {
            return new ResourceId(id);
        }
        throw ApiException.notFound("No resource at this path: '" + Codes.printable(text) + "' is not an id.");
    }
}
