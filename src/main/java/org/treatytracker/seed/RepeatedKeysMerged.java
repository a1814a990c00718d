package org.treatytracker.seed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A map of lists of names in which a key may be written more than once: the lists are joined in
 * the order they appear. Jackson keeps only the last value of a repeated key, which would drop the
 * first list of aliases without a word; state aliases are added in blocks by several people
 * (each block at the end of {@code state_aliases}), so a code can appear in two blocks.
 */
final class RepeatedKeysMerged extends JsonDeserializer<Map<String, List<String>>> {

    @Override
    public Map<String, List<String>> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return context.reportInputMismatch(Map.class, "expected a map of codes to lists of names");
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            parser.nextToken();
            List<String> names = context.readValue(parser,
                    context.getTypeFactory().constructCollectionType(List.class, String.class));
            merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(names == null ? List.of() : names);
        }
        return merged;
    }
}
