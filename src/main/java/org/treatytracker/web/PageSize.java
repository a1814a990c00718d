package org.treatytracker.web;

/** The {@code per_page} query parameter: a whole number from 1 to {@link PageRequest#MAX}. */
public record PageSize(int value) {

    public static PageSize of(String text) {
        return new PageSize(PageRequest.number("per_page", text, 1, PageRequest.MAX));
    }
}
