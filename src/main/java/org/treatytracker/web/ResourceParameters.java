package org.treatytracker.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The path, query, header and cookie parameters a resource method reads, from its JAX-RS annotations
 * and Quarkus REST's {@code @Rest*} ones (whose name defaults to the Java name): on the method's
 * parameters, on the resource class's fields and setters, and inside parameter aggregates, through
 * their fields, record components, setters and constructor parameters, nested ones too. An aggregate
 * is a parameter or member marked {@code @BeanParam}, or one left unannotated whose type carries such
 * annotations (Quarkus REST reads those without {@code @BeanParam}). Every GET reads {@code format}
 * as well: {@link ReadResponses} makes a list CSV when it says so, and {@link StrictQueries} refuses a
 * form the method does not produce; a method that returns an {@link ItemList} reads {@code bom} too
 * (ReadResponses again). A query parameter whose Java type is a collection or an array takes
 * several values ({@code ?states=VNM&states=FRA}); any other takes one.
 *
 * <p>{@link StrictQueries} refuses what no method reads; the contract test holds the same reads equal
 * to openapi.yaml's parameters.
 */
public final class ResourceParameters {

    /** Where a parameter is read, and its name (lower case for a header, whose name has no case). */
    public record Read(String in, String name) implements Comparable<Read> {

        public static Read of(String in, String name) {
            return new Read(in, in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
        }

        @Override
        public int compareTo(Read other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return in + " '" + name + "'";
        }
    }

    private ResourceParameters() {
    }

    /** The path template a method serves, as RouteTable joins the class's and the method's {@code @Path}. */
    public static String template(Class<?> resource, Method method) {
        Path sub = method.getAnnotation(Path.class);
        return template(resource.getAnnotation(Path.class).value(), sub == null ? "" : sub.value());
    }

    static String template(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    public static Set<Read> of(Class<?> resource, Method method) {
        return new Walk(resource, method).read;
    }

    /** The names of the query parameters {@code method} reads that take several values. */
    public static Set<String> repeatable(Class<?> resource, Method method) {
        return new Walk(resource, method).repeatable;
    }

    /** One walk over what a method reads. */
    private static final class Walk {
        private final Set<Read> read = new TreeSet<>();
        private final Set<String> repeatable = new TreeSet<>();
        private final Set<Class<?>> seen = new HashSet<>();

        Walk(Class<?> resource, Method method) {
            members(resource);
            for (Parameter parameter : method.getParameters()) {
                element(parameter, parameter.getName(), parameter.getType());
            }
            if (method.isAnnotationPresent(GET.class)) {
                read.add(Read.of("query", "format"));
            }
            if (ItemList.class.isAssignableFrom(method.getReturnType())) {
                read.add(Read.of("query", "bom"));
            }
        }

        /** What the fields, setters and constructor parameters of {@code type} and its superclasses read. */
        private void members(Class<?> type) {
            if (!seen.add(type)) {
                return;
            }
            for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    element(field, field.getName(), field.getType());
                }
                for (Method setter : c.getDeclaredMethods()) {
                    String name = setter.getName().startsWith("set") && setter.getName().length() > 3
                            ? Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4) : setter.getName();
                    Class<?> valueType = setter.getParameterCount() == 1 ? setter.getParameterTypes()[0] : setter.getReturnType();
                    annotated(setter, name, valueType);
                }
                for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                    for (Parameter parameter : constructor.getParameters()) {
                        annotated(parameter, parameter.getName(), parameter.getType());
                    }
                }
            }
        }

        /**
         * A method parameter or a field: a parameter read, an aggregate, or neither (a body, a service, a
         * {@code @Context}). Other annotations, such as Bean Validation's, leave an aggregate one.
         */
        private void element(AnnotatedElement element, String javaName, Class<?> type) {
            if (!annotated(element, javaName, type) && aggregates(type)) {
                members(type);
            }
        }

        /** Records what a marked element reads; false when it bears no parameter annotation nor {@code @BeanParam}. */
        private boolean annotated(AnnotatedElement element, String javaName, Class<?> type) {
            boolean marked = false;
            for (Annotation annotation : element.getAnnotations()) {
                Optional<Read> one = read(annotation, javaName);
                one.ifPresent(read::add);
                if (one.isPresent() && one.get().in().equals("query")
                        && (type.isArray() || Collection.class.isAssignableFrom(type))) {
                    repeatable.add(one.get().name());
                }
                if (annotation instanceof BeanParam) {
                    members(type);
                }
                marked |= one.isPresent() || annotation instanceof BeanParam;
            }
            return marked;
        }
    }

    /** Whether a type read without {@code @BeanParam} is an aggregate: one of its members is marked. */
    private static boolean aggregates(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")) {
            return false;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (marked(field)) {
                    return true;
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (marked(method)) {
                    return true;
                }
            }
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (marked(parameter)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean marked(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation instanceof BeanParam || read(annotation, "").isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Read> read(Annotation annotation, String javaName) {
        if (annotation instanceof PathParam p) {
            return Optional.of(Read.of("path", p.value()));
        } else if (annotation instanceof QueryParam q) {
            return Optional.of(Read.of("query", q.value()));
        } else if (annotation instanceof HeaderParam h) {
            return Optional.of(Read.of("header", h.value()));
        } else if (annotation instanceof CookieParam c) {
            return Optional.of(Read.of("cookie", c.value()));
        } else if (annotation instanceof RestPath p) {
            return Optional.of(Read.of("path", p.value().isEmpty() ? javaName : p.value()));
        } else if (annotation instanceof RestQuery q) {
            return Optional.of(Read.of("query", q.value().isEmpty() ? javaName : q.value()));
        } else if (annotation instanceof RestHeader h) {
            // Quarkus REST names an unnamed header after the Java name, hyphenated: ifMatch is If-Match.
            return Optional.of(Read.of("header", h.value().isEmpty() ? javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2") : h.value()));
        } else if (annotation instanceof RestCookie c) {
            return Optional.of(Read.of("cookie", c.value().isEmpty() ? javaName : c.value()));
        }
        return Optional.empty();
    }
}
