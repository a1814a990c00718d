package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON Merge Patch (RFC 7396): a member set to null is removed, an object is merged, anything else replaces. */
final class MergePatch {

    private MergePatch() {
    }

    static void apply(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                target.remove(member.getKey());
            } else if (value.isObject() && target.get(member.getKey()) instanceof ObjectNode nested) {
                apply(nested, (ObjectNode) value);
            } else {
                target.set(member.getKey(), value.deepCopy());
            }
        }
    }
}
