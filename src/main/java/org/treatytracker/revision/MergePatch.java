package org.treatytracker.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.JsonProblems;

/**
 * JSON Merge Patch as RFC 7396 section 2 defines it: a member set to null is removed, an object is
 * merged into the member it names (into an empty object when that member is not one, so that its
 * own nulls are removed too), anything else replaces.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** A request's patch, refused when the body held none. */
    public static ObjectNode required(ObjectNode patch) {
        if (patch == null) {
            throw ApiException.badRequest("The body must be a JSON object (a merge patch).");
        }
        return patch;
    }

    /** Applies {@code patch} to {@code target} in place. */
    public static void apply(ObjectNode target, ObjectNode patch) {
        merge(target, patch);
    }

    /** A patched resource read back; what it cannot hold (a wrong type, an unknown field) is a 400. */
    public static <T> T read(ObjectMapper json, ObjectNode merged, Class<T> type) {
        try {
            return json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not acceptable: " + JsonProblems.describe(e));
        }
    }

    /** The RFC's MergePatch(Target, Patch); {@code target} may be null (absent) and is changed in place when an object. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
