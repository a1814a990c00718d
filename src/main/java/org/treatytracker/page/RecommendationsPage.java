package org.treatytracker.page;

import java.util.List;

/**
 * The recommendations page: the filters as asked, what they select (one page of it), and the same
 * selection in the API.
 *
 * @param refused why the filters select nothing as asked (a cycle that is not a number, a state that does not exist), or null
 */
public record RecommendationsPage(Filters filters, String refused, int total, int page, int lastPage, List<Row> rows,
                                  String previousHref, String nextHref, String csvHref, String jsonHref,
                                  List<Option> states, List<Option> cycles, List<Option> responses) {

    /** The filters as typed, to fill the form again. */
    public record Filters(String q, String state, String cycle, String response, String theme, String recommendingState) {

        public boolean any() {
            return q != null || state != null || cycle != null || response != null || theme != null || recommendingState != null;
        }
    }

    /** A choice of a select; {@code selected} when it is the one asked. */
    public record Option(String value, String label, boolean selected) {
    }

    public record Row(String state, String stateName, String stateHref, int cycle, String text, String language, String response,
                      String responseLabel, List<String> recommendingStates, List<String> themes) {
    }
}
