package org.treatytracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An operator's way to let a local editor write: tokens signed with the private half of a key pair
 * that {@link EditorKeys} made, for the issuer this service verifies (mp.jwt.verify.issuer). Needs
 * no database.
 */
@ApplicationScoped
public class EditorTokens {

    private final String issuer;

    public EditorTokens(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    /** A token for {@code subject} (the audit log's "who") with {@code roles}, valid for {@code lifetime}. */
    public String mint(Path privateKey, String subject, Set<String> roles, Duration lifetime)
            throws IOException, GeneralSecurityException {
        return Tokens.mint(EditorKeys.readPrivate(privateKey), issuer, subject, roles, lifetime);
    }
}
