package org.treatytracker.page;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request a page answers: its language, whether the language was chosen in the URL (then every
 * link of the page keeps it, so that a reader who switched stays in that language), its path and
 * its query parameters as sent.
 */
public record PageContext(PageLanguage language, boolean languageInUrl, String path, Map<String, List<String>> query) {

    public static PageContext of(UriInfo uri, HttpHeaders headers) {
        return of(uri, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static PageContext of(UriInfo uri, String acceptLanguage) {
        PageLanguage named = PageLanguage.named(uri.getQueryParameters().getFirst("lang"));
        PageLanguage language = named != null ? named : PageLanguage.accepted(acceptLanguage);
        return new PageContext(language, named != null, uri.getPath(), uri.getQueryParameters());
    }

    /** A link to another page ({@code path} may carry its own query), in this page's language when the URL chose it. */
    public String link(String path) {
        if (!languageInUrl) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.name();
    }

    /** This page in the other language. */
    public String switchLink() {
        List<String> pairs = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!name.equals("lang")) {
                values.forEach(value -> pairs.add(encode(name) + "=" + encode(value)));
            }
        });
        pairs.add("lang=" + language.other().name());
        return path + "?" + String.join("&", pairs);
    }

    public String first(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
