package org.treatytracker.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads the typed path and query values of every resource, so that a resource receives them checked:
 * each type by its own rule, given the parameter's name for the messages that name it. A malformed
 * value is the type's {@link ApiException} (a 400 naming the parameter, or the 404 of an id that names
 * nothing), which JAX-RS passes on to the problem mappers. Dates are read by {@link QueryDates}, in
 * place of Quarkus' own reading of {@link LocalDate} and {@link OffsetDateTime}.
 *
 * <p>A value is read only when the request carries one: a parameter left out, or given empty
 * ({@code ?page=}), arrives as null, as it did as a String.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    /** Each type, read from its parameter's name and text. */
    private static final Map<Class<?>, BiFunction<String, String, ?>> READERS = Map.ofEntries(
            Map.entry(ResourceId.class, (name, text) -> ResourceId.of(text)),
            Map.entry(ImportId.class, (name, text) -> ImportId.of(text)),
            Map.entry(IdFilter.class, IdFilter::of),
            Map.entry(Iso3.class, (name, text) -> new Iso3(text)),
            Map.entry(TreatyCode.class, (name, text) -> new TreatyCode(text)),
            Map.entry(SourceId.class, (name, text) -> new SourceId(text)),
            Map.entry(PageNumber.class, (name, text) -> PageNumber.of(text)),
            Map.entry(PageSize.class, (name, text) -> PageSize.of(text)),
            Map.entry(Format.class, (name, text) -> Format.of(text)),
            Map.entry(Bom.class, (name, text) -> Bom.of(text)),
            Map.entry(Reason.class, (name, text) -> Reason.of(text)),
            Map.entry(LocalDate.class, QueryDates::day),
            Map.entry(OffsetDateTime.class, QueryDates::instant));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        BiFunction<String, String, ?> reader = READERS.get(type);
        if (reader == null) {
            return null;
        }
        String name = name(type, annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                return text == null ? null : type.cast(reader.apply(name, text));
            }

            @Override
            public String toString(T value) {
                throw new UnsupportedOperationException("The server reads " + type.getSimpleName()
                        + " values from requests; it never writes them into one.");
            }
        };
    }

    private static String name(Class<?> type, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        throw new IllegalStateException("A " + type.getSimpleName() + " parameter needs @QueryParam or @PathParam,"
                + " whose name its messages give.");
    }
}
