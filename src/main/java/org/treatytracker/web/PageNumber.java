package org.treatytracker.web;

/** The {@code page} query parameter: a whole number from 1. */
public record PageNumber(int value) {

    public static PageNumber of(String text) {
        return new PageNumber(PageRequest.number("page", text, 1, Integer.MAX_VALUE));
    }
}
