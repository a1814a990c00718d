package org.treatytracker.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The envelope of every list response: one page of items, how many there are in all, which page.
 * {@code all} is the whole list, never serialised: the CSV form of a list has every item, whatever
 * the page asked for.
 */
public record ItemList<T>(List<T> items, int total, int page, int perPage, @JsonIgnore List<T> all) {

    /** The requested page of {@code all}; a page past the last one is a 400 (page 1 of nothing is empty). */
    public static <T> ItemList<T> page(List<T> all, PageRequest request) {
        long from = (long) (request.page() - 1) * request.perPage();
        if (from > 0 && from >= all.size()) {
            throw ApiException.badRequest("page " + request.page() + " is past the last page ("
                    + lastPage(all.size(), request.perPage()) + ") at per_page " + request.perPage() + ".");
        }
        int to = (int) Math.min(all.size(), from + request.perPage());
        return new ItemList<>(all.subList((int) from, to), all.size(), request.page(), request.perPage(), all);
    }

    public int lastPage() {
        return lastPage(total, perPage);
    }

    private static int lastPage(int total, int perPage) {
        return Math.max(1, (total + perPage - 1) / perPage);
    }
}
