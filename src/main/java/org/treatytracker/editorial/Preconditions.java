package org.treatytracker.editorial;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import org.hibernate.StaleStateException;
import org.treatytracker.provenance.Fact;
import org.treatytracker.web.ApiException;

/**
 * Optimistic concurrency: the ETag names a resource's version, and a write must send back the ETag
 * it read (If-Match). A citation is part of its fact and shares its ETag; a recommendation has its own.
 */
final class Preconditions {

    private Preconditions() {
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    static void requireCurrent(String ifMatch, Fact fact) {
        requireCurrent(ifMatch, fact.version, "fact", "/api/v1/facts/" + fact.id);
    }

    /**
     * 428 without an If-Match naming a version; 412 when it names another version than the current one.
     *
     * @param what   what is written, for the messages ("fact")
     * @param readAt where its current version is read
     */
    static void requireCurrent(String ifMatch, int version, String what, String readAt) {
        String current = etag(version);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ApiException(428, "Precondition Required", "This write needs an If-Match header with the ETag "
                    + "you read (GET " + readAt + "); the " + what + " is now at " + current + ".");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(current::equals);
        if (!matches) {
            throw new ApiException(412, "Precondition Failed", "The " + what + " changed since you read it; it is now at "
                    + current + ". Read it again (GET " + readAt + ") and reapply your change.");
        }
    }

    /**
     * Writes the transaction's changes now, so that a concurrent write that committed first (its
     * version check failing) is a 412 here rather than an error at commit.
     */
    static void flush(String what, String readAt) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ApiException(412, "Precondition Failed", "Another write to the " + what + " committed first. "
                    + "Read it again (GET " + readAt + ") and reapply your change.");
        }
    }
}
