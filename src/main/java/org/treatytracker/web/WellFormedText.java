package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;

/**
 * Request bodies must be well-formed Unicode text. JSON escapes can spell a lone surrogate
 * ("\ud800"), which no encoding can store (Java would silently write '?'), and U+0000, which
 * PostgreSQL text cannot hold; both are refused at parse time with a 400 naming the field. Any
 * other character, in any script, is kept exactly as sent. Duplicate keys in one object, and anything
 * after the JSON value, are refused too.
 *
 * <p>Values are read as the contract types them, never coerced: a fraction is not a whole number
 * ({@code 2.5} is not cycle 2), a number or true/false is not a string, a string is not a number or
 * a boolean. Each is a 400 naming the field. Coercion settings only govern reading; answers are
 * written as before.
 */
@Singleton
public class WellFormedText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String)) {
                if (!sameShape(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.registerModule(new SimpleModule("well-formed-text").addDeserializer(String.class, new Strings()));
    }

    /** Whether JSON of this shape is the type itself (an integer is also a float), not a coercion. */
    private static boolean sameShape(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            case Boolean -> shape == CoercionInputShape.Boolean;
            default -> shape == CoercionInputShape.String;
        };
    }

    /** What is wrong with a string value, in words a client can act on. */
    public static final class MalformedTextException extends JsonMappingException {
        MalformedTextException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    private static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = value == null ? null : problem(value);
            if (problem != null) {
                throw new MalformedTextException(parser, problem);
            }
            return value;
        }

        private static String problem(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\u0000') {
                    return "contains U+0000 (NUL), which text cannot hold";
                }
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "contains a lone UTF-16 surrogate (\\u" + Integer.toHexString(c) + "), which is not a character";
                }
            }
            return null;
        }
    }
}
