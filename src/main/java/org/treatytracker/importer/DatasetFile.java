package org.treatytracker.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file to import: where it is, its name and the SHA-256 of its bytes (read once, streamed). */
public record DatasetFile(Path path, String name, String sha256) {

    public static DatasetFile of(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no such file: " + path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return new DatasetFile(path, path.getFileName().toString(), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
