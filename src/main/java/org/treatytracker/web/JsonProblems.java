package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a request body in the client's terms (field paths, JSON types), never in
 * Jackson's, whose messages name the server's Java classes.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof WellFormedText.MalformedTextException text) {
            return "'" + path(text) + "' " + text.getOriginalMessage() + ".";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + path(unknown) + "'" + known(unknown) + ".";
        }
        if (e instanceof InvalidTypeIdException type) {
            return type.getTypeId() == null ? "'kind' is required."
                    : "unknown kind '" + type.getTypeId() + "'.";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            String expected = mismatch.getTargetType() == null ? "another type" : jsonType(mismatch.getTargetType());
            return field.isEmpty() ? "the body must be " + expected + "."
                    : "'" + field + "' must be " + expected + ".";
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof NumberFormatException) {
            // The number parses as JSON but not as a value the server holds ("1e-5000000000"); the JDK's message names its classes.
            String field = path(mapping);
            return (field.isEmpty() ? "a number" : "'" + field + "'") + " is out of the range this service holds.";
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException bad) {
            String field = path(mapping);
            return (field.isEmpty() ? "" : "'" + field + "': ") + bad.getMessage();
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return "a field appears twice in one object (" + e.getOriginalMessage().substring("Duplicate field ".length())
                    + ").";
        }
        JsonLocation at = e.getLocation();
        return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ".";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String known(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return "; known fields: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String jsonType(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
                || type == long.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
