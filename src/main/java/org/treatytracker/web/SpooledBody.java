package org.treatytracker.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * A body too large to hold in memory (a whole CSV export), written to a temporary file while its
 * SHA-256 is taken, so that it carries a strong ETag and can be a 304 like every other read; the
 * heap stays flat, and the file is deleted once the body is sent (or not sent).
 */
public final class SpooledBody {

    private SpooledBody() {
    }

    public static Response ok(StreamingOutput body, String mediaType, String ifNoneMatch) throws IOException {
        Path file = Files.createTempFile("tracker-", ".body");
        try {
            MessageDigest sha = EntityTags.sha256();
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha)) {
                body.write(out);
            }
            String etag = EntityTags.ofDigest(sha.digest());
            if (EntityTags.matches(ifNoneMatch, etag)) {
                Files.delete(file);
                return Response.notModified().header("ETag", etag).build();
            }
            InputStream sent = Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
            return Response.ok(sent, mediaType).header("ETag", etag).build();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
