package org.treatytracker.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** Strong entity tags: the SHA-256 of the exact bytes sent, and whether an If-None-Match names one. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(byte[] body) {
        return ofDigest(sha256().digest(body));
    }

    public static String ofDigest(byte[] digest) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    }

    public static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag)
                        || candidate.equals("W/" + etag));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
