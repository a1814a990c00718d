package org.treatytracker.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operations the API's resources serve, read off their JAX-RS annotations: which methods a path
 * allows, for {@code Allow} on 405 and OPTIONS answers (the framework's own lists every method of a
 * resource class, also those of its sibling paths), and for the test that holds the code and
 * openapi.yaml to the same operations.
 */
public final class RouteTable {

    /**
     * A path template ("/api/v1/facts/{id}/history"), the methods it serves, and the paths it
     * matches (each parameter one segment), compiled once.
     */
    public record Route(String template, Set<String> methods, Pattern paths) {

        private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

        public Route(String template, Set<String> methods) {
            this(template, methods, Pattern.compile(PARAMETER.matcher(Pattern.quote(template)).replaceAll("\\\\E[^/]+\\\\Q")));
        }

        boolean matches(String path) {
            return paths.matcher(path).matches();
        }

        /** JAX-RS prefers the template with the most literal characters ("/imports/changes" over "/imports/{id}"). */
        int literalLength() {
            return PARAMETER.matcher(template).replaceAll("").length();
        }
    }

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The table of the running application's resources (CDI beans annotated with {@code @Path}). */
    public static RouteTable ofApplication() {
        List<Class<?>> resources = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                resources.add(bean.getBeanClass());
            }
        }
        return of(resources);
    }

    public static RouteTable of(List<Class<?>> resources) {
        Map<String, Set<String>> byTemplate = new TreeMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> {
                    Path sub = method.getAnnotation(Path.class);
                    byTemplate.computeIfAbsent(join(base, sub == null ? "" : sub.value()), t -> new TreeSet<>()).add(verb);
                });
            }
        }
        return new RouteTable(byTemplate.entrySet().stream().map(e -> new Route(e.getKey(), Set.copyOf(e.getValue()))).toList());
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * What {@code path} allows, as {@code Allow} lists it (HEAD with GET, and OPTIONS); empty when
     * no resource serves the path.
     */
    public Optional<String> allow(String path) {
        List<Route> matching = routes.stream().filter(route -> route.matches(path)).toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        int best = matching.stream().mapToInt(Route::literalLength).max().orElseThrow();
        Set<String> methods = new TreeSet<>(Comparator.comparingInt(RouteTable::rank).thenComparing(m -> m));
        matching.stream().filter(route -> route.literalLength() == best).forEach(route -> methods.addAll(route.methods()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return Optional.of(methods.stream().collect(Collectors.joining(", ")));
    }

    private static int rank(String method) {
        return List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS").indexOf(method);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
