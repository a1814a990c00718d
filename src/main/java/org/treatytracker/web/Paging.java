package org.treatytracker.web;

import jakarta.ws.rs.QueryParam;

/**
 * The page of a list a client asks for, as a {@code @BeanParam}: both values checked as they arrive, and
 * when left out, the first page of {@link PageRequest#MAX} items.
 */
public record Paging(@QueryParam("page") PageNumber page, @QueryParam("per_page") PageSize perPage) {

    public PageRequest request() {
        return new PageRequest(page == null ? 1 : page.value(), perPage == null ? PageRequest.MAX : perPage.value());
    }
}
