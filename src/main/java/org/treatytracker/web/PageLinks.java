package org.treatytracker.web;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** RFC 8288 Link header for a page of a list: first, prev, next, last, keeping the other query parameters. */
final class PageLinks {

    private PageLinks() {
    }

    static String header(ItemList<?> list, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, list, 1, "first"));
        if (list.page() > 1) {
            links.add(link(uri, list, Math.min(list.page() - 1, list.lastPage()), "prev"));
        }
        if (list.page() < list.lastPage()) {
            links.add(link(uri, list, list.page() + 1, "next"));
        }
        links.add(link(uri, list, list.lastPage(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, ItemList<?> list, int page, String rel) {
        String target = UriBuilder.fromUri(uri.getRequestUri())
                .replaceQueryParam("page", page)
                .replaceQueryParam("per_page", list.perPage())
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
