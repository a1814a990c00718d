package org.treatytracker.web;

import java.util.List;

/** The envelope of every list response: the items and how many there are. */
public record ItemList<T>(List<T> items, int total) {

    public static <T> ItemList<T> of(List<T> items) {
        return new ItemList<>(items, items.size());
    }
}
