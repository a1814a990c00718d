package org.treatytracker.page;

import java.util.List;

/**
 * The home page: what a search found (when there was one), what the tracker holds, and every treaty.
 *
 * @param query    the search as typed, or null for none
 * @param tooShort the query is too short to search with
 */
public record HomePage(String query, boolean tooShort, List<NameHit> states, List<NameHit> treaties, Holdings holdings,
                       List<DatasetLine> datasets, List<NameHit> allTreaties) {

    /** A dataset: its files, the date they speak as of (the range when they differ), whether it is a complete record. */
    public record DatasetLine(String name, int files, String asOf, boolean complete) {
    }
}
