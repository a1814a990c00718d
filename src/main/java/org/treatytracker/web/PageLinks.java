package org.treatytracker.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 8288 Link header for a page of a list: first, prev, next, last, keeping the other query
 * parameters as the client sent them (still percent-encoded). The targets are relative references
 * (path and query): the request's Host is the client's to say, absent in HTTP/1.0, and must not end
 * up in a cacheable answer.
 */
final class PageLinks {

    private PageLinks() {
    }

    /**
     * @param rawPath  the request's path, as sent
     * @param rawQuery the request's query, as sent, or null
     */
    static String header(ItemList<?> list, String rawPath, String rawQuery) {
        String others = rawQuery == null ? "" : Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !named(parameter, "page") && !named(parameter, "per_page"))
                .map(parameter -> parameter + "&")
                .collect(Collectors.joining());
        String base = rawPath + "?" + others;
        List<String> links = new ArrayList<>();
        links.add(link(base, list, 1, "first"));
        if (list.page() > 1) {
            links.add(link(base, list, Math.min(list.page() - 1, list.lastPage()), "prev"));
        }
        if (list.page() < list.lastPage()) {
            links.add(link(base, list, list.page() + 1, "next"));
        }
        links.add(link(base, list, list.lastPage(), "last"));
        return String.join(", ", links);
    }

    private static boolean named(String parameter, String name) {
        return parameter.equals(name) || parameter.startsWith(name + "=");
    }

    private static String link(String base, ItemList<?> list, int page, String rel) {
        return "<" + base + "page=" + page + "&per_page=" + list.perPage() + ">; rel=\"" + rel + "\"";
    }
}
