package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/**
 * What ResourceParameters finds a method reads, on methods shaped as the API's resources are and as
 * they may become. The fixtures bear no {@code @Path} nor {@code @GET}: the application under test
 * would serve them.
 */
class ResourceParametersTest {

    record Paging(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    }

    static class Filters {
        @RestQuery
        String q;
        @BeanParam
        Paging paging;
        String ifMatch;

        /** JAX-RS allows a bean property; Quarkus REST refuses it at build time, where a resource uses it. */
        @HeaderParam("If-Match")
        void setIfMatch(String ifMatch) {
            this.ifMatch = ifMatch;
        }
    }

    /** Read without {@code @BeanParam}, as Quarkus REST allows. */
    record Codes(@RestPath String iso3, @RestHeader String ifNoneMatch) {
    }

    record Body(String text, int count) {
    }

    static class Things {
        @QueryParam("lang")
        String lang;

        public ItemList<String> list(@BeanParam Filters filters, @Valid Codes codes, @PathParam("code") String code,
                                     @Context UriInfo uri, Body body) {
            return null;
        }

        public Response one(@PathParam("iso3") String iso3) {
            return null;
        }

        public Response many(@QueryParam("states") List<String> states, @QueryParam("codes") String[] codes,
                             @BeanParam Paging paging) {
            return null;
        }
    }

    @Test
    void aggregatesNestedOrNotAnnotatedAreReadThroughTheirMembers() throws NoSuchMethodException {
        assertEquals(Set.of("query 'lang'", "query 'q'", "query 'page'", "query 'per_page'", "header 'if-match'",
                        "path 'iso3'", "header 'if-none-match'", "path 'code'", "query 'bom'"),
                names(ResourceParameters.of(Things.class, Things.class.getMethod("list", Filters.class, Codes.class,
                        String.class, UriInfo.class, Body.class))));
    }

    @Test
    void aMethodThatIsNoGetReadsNoFormat() throws NoSuchMethodException {
        assertEquals(Set.of("query 'lang'", "path 'iso3'"),
                names(ResourceParameters.of(Things.class, Things.class.getMethod("one", String.class))));
    }

    @Test
    void aQueryParameterOfACollectionOrArrayTypeIsRepeatableAndNoOtherIs() throws NoSuchMethodException {
        assertEquals(Set.of("states", "codes"), ResourceParameters.repeatable(Things.class,
                Things.class.getMethod("many", List.class, String[].class, Paging.class)));
        assertEquals(Set.of(), ResourceParameters.repeatable(Things.class, Things.class.getMethod("one", String.class)));
    }

    @Test
    void templatesJoinTheClassAndMethodPathsAsRouteTableDoes() {
        assertEquals(List.of("/api/v1/things/{iso3}/{code}", "/api/v1/things/{iso3}", "/api/v1/things"), List.of(
                ResourceParameters.template("/api/v1/things/{iso3}/", "{code}"),
                ResourceParameters.template("api/v1/things/{iso3}", ""),
                ResourceParameters.template("/api/v1/things", "/")));
    }

    private static Set<String> names(Set<ResourceParameters.Read> read) {
        Set<String> names = new TreeSet<>();
        read.forEach(r -> names.add(r.toString()));
        return names;
    }
}
