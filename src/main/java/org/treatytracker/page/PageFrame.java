package org.treatytracker.page;

/**
 * What every page's layout shows around its content: its language (and the link to the same page in
 * the other), the data version it was made from, and where the same data is in the API.
 *
 * @param jsonHref the API's JSON of the page's main data, or null
 * @param csvHref  the API's CSV of it, or null
 */
public record PageFrame(PageContext context, String title, String dataVersion, String jsonHref, String csvHref) {

    public String lang() {
        return context.language().name();
    }

    public boolean french() {
        return context.language().isFrench();
    }

    public String switchHref() {
        return context.switchLink();
    }

    public String switchLang() {
        return context.language().other().name();
    }

    public String switchName() {
        return context.language().other().ownName();
    }

    /** A link to {@code path} that keeps the page's language when its URL chose it. */
    public String link(String path) {
        return context.link(path);
    }
}
