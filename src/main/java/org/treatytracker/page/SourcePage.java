package org.treatytracker.page;

import java.util.List;

/**
 * A source's page: its metadata, for an article its stored text with every cited passage marked,
 * the facts it supports, and what other sources say of the same things.
 *
 * @param textHtml the stored text as HTML (escaped, the passages marked), or null when none is stored
 */
public record SourcePage(String id, String title, String kind, String publisher, String url, String language,
                         String publishedOn, String publishedNote, String asOf, Boolean complete, String fileName, Integer rows,
                         String retrievedOn, String textHtml, int passages, List<FactRow> facts, List<Comparison> comparisons,
                         String jsonHref, String textHref, String claimsHref) {

    /**
     * A fact this source supports: what it says, the page showing it, and its passages here.
     *
     * @param passages the anchors of its passages in the text ({@code c<citation id>})
     * @param places   where else in the source it is cited (a dataset row, a reference's locator)
     */
    public record FactRow(long factId, String kind, String statement, String href, List<String> passages, List<String> places) {
    }

    /** What several sources say of one subject at one time (a treaty's signing, a state's review): a column per source. */
    public record Comparison(String subject, boolean disagree, List<Column> sources) {
    }

    /** One source's figures in a comparison; {@code here}: this page's source. */
    public record Column(String title, String href, boolean here, List<Figure> figures) {
    }

    /**
     * A figure as a source gives it.
     *
     * @param disagrees another source gives a different value for the same thing
     */
    public record Figure(String what, String value, String quote, String href, boolean disagrees) {
    }
}
