package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies must be well-formed Unicode text. JSON escapes can spell a lone surrogate
 * ("\ud800"), which no encoding can store (Java would silently write '?'), and U+0000, which
 * PostgreSQL text cannot hold; both are refused at parse time with a 400 naming the field. Any
 * other character, in any script, is kept exactly as sent. Duplicate keys in one object, and anything
 * after the JSON value, are refused too.
 */
@Singleton
public class WellFormedText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("well-formed-text").addDeserializer(String.class, new Strings()));
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
