package org.treatytracker.editorial;

import java.util.Arrays;
import org.treatytracker.provenance.Fact;
import org.treatytracker.web.ApiException;

/**
 * Optimistic concurrency for facts: the ETag names the fact's version, and a write must send back
 * the ETag it read (If-Match). A citation is part of its fact and shares its ETag.
 */
final class Preconditions {

    private Preconditions() {
    }

    static String etag(Fact fact) {
        return etag(fact.version);
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** 428 without an If-Match naming a version; 412 when it names another version than the current one. */
    static void requireCurrent(String ifMatch, Fact fact) {
        String current = etag(fact);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ApiException(428, "Precondition Required",
                    "This write needs an If-Match header with the ETag you read (GET " + fact.href()
                            + " or /api/v1/facts/" + fact.id + "); the fact is now at " + current + ".");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(current::equals);
        if (!matches) {
            throw stale(fact);
        }
    }

    static ApiException stale(Fact fact) {
        return new ApiException(412, "Precondition Failed", "The fact changed since you read it; it is now at "
                + etag(fact) + ". Read it again (GET /api/v1/facts/" + fact.id + ") and reapply your change.");
    }
}
