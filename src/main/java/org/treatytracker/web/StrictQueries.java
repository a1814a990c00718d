package org.treatytracker.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query of every API request, held to what the matched resource method reads, before the method
 * runs: the allowed parameters are those {@link ResourceParameters} finds on the method (its
 * {@code @QueryParam}s, also inside {@code @BeanParam} records and classes, and {@code format} on every
 * GET), so that a new endpoint is strict without more work.
 * <ul>
 * <li>a parameter the method does not read is a 400 naming it and listing those it reads;</li>
 * <li>a parameter given more than once is a 400 unless its Java type is a collection (the contract
 * says such a one may be repeated);</li>
 * <li>{@code format} asking for a form the method does not produce (CSV of a single resource) is a 406.</li>
 * </ul>
 * HEAD is matched to its GET method and answered alike (without a body). OPTIONS and CORS preflights
 * are answered before any resource is matched ({@link HttpEdges}, the CORS filter), whatever the query.
 */
public class StrictQueries {

    private static final Set<String> PAGING = Set.of("page", "per_page");

    /** What one resource method takes in its query. */
    record Rules(String operation, Set<String> allowed, Set<String> repeatable, Set<String> forms) {

        static Rules of(Class<?> resource, Method method, String verb) {
            Set<String> allowed = ResourceParameters.of(resource, method).stream()
                    .filter(read -> read.in().equals("query")).map(ResourceParameters.Read::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : resource.getAnnotation(Produces.class);
            Set<String> forms = produces == null ? Set.of(MediaType.APPLICATION_JSON) : Arrays.stream(produces.value())
                    .map(type -> MediaType.valueOf(type)).map(type -> type.getType() + "/" + type.getSubtype())
                    .collect(Collectors.toSet());
            return new Rules(verb + " " + ResourceParameters.template(resource, method), allowed,
                    ResourceParameters.repeatable(resource, method), forms);
        }
    }

    private final Map<Method, Rules> rules = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String verb = request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
        Rules of = rules.computeIfAbsent(method, m -> Rules.of(resource.getResourceClass(), m, verb));
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();

        Set<String> unknown = query.keySet().stream().filter(name -> !of.allowed().contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            return problem(400, "Bad Request", unknownDetail(of, unknown), request);
        }
        Set<String> repeated = query.entrySet().stream()
                .filter(parameter -> parameter.getValue().size() > 1 && !of.repeatable().contains(parameter.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        if (!repeated.isEmpty()) {
            return problem(400, "Bad Request", repeated.stream()
                    .map(name -> "Query parameter '" + Codes.printable(name) + "' is given " + query.get(name).size()
                            + " times; it takes one value.")
                    .collect(Collectors.joining(" ")), request);
        }
        String format = query.containsKey("format") ? query.get("format").get(0) : null;
        if (format != null && !format.isEmpty()) {
            String asked;
            try {
                asked = Csv.wanted(format, List.of()) ? Csv.MEDIA_TYPE : MediaType.APPLICATION_JSON;
            } catch (ApiException notAForm) {
                return problem(400, notAForm.title(), notAForm.getMessage(), request);
            }
            if (!of.forms().contains(asked)) {
                return problem(406, "Not Acceptable", "format '" + Codes.printable(format) + "' asks for " + asked
                        + ", which " + of.operation() + " does not give; it answers " + String.join(" or ", new TreeSet<>(of.forms()))
                        + " only.", request);
            }
        }
        return null;
    }

    private static String unknownDetail(Rules of, Set<String> unknown) {
        String names = unknown.stream().map(name -> "'" + Codes.printable(name) + "'").collect(Collectors.joining(", "));
        String takes = of.allowed().isEmpty() ? of.operation() + " takes no query parameters."
                : of.operation() + " takes " + String.join(", ", of.allowed()) + ".";
        String unpaged = unknown.stream().anyMatch(PAGING::contains) && of.operation().startsWith("GET ")
                ? " It is not paged: it answers the whole selection." : "";
        return (unknown.size() == 1 ? "Unknown query parameter " : "Unknown query parameters ") + names + ": "
                + takes + unpaged;
    }

    private static Response problem(int status, String title, String detail, ContainerRequestContext request) {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(Problem.of(status, title, detail, request.getUriInfo().getPath())).build();
    }
}
