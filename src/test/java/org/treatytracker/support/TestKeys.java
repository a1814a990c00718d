package org.treatytracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.treatytracker.auth.EditorKeys;

/**
 * The key pair tests sign editors' tokens with, made by the same {@code keygen} code an operator
 * runs (once per build folder; nothing secret is committed). The service verifies against its public half.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    public static final Path DIR = Path.of("target", "test-keys");
    public static final String ISSUER = "treaty-tracker-test";

    @Override
    public Map<String, String> start() {
        try {
            if (!Files.exists(DIR.resolve(EditorKeys.PRIVATE_FILE))) {
                EditorKeys.generate(DIR);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the test key pair in " + DIR, e);
        }
        return Map.of(
                "mp.jwt.verify.publickey.location", DIR.resolve(EditorKeys.PUBLIC_FILE).toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }
}
