package org.treatytracker.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The public key tokens are verified with, when it is a local file: a service started before
 * {@code keygen} (or with a wrong path) still serves every read, and its writes say why they cannot
 * be taken instead of failing with a 500.
 */
@ApplicationScoped
public class TokenKey {

    private static final Logger LOG = Logger.getLogger(TokenKey.class);

    private final String location;

    public TokenKey(@ConfigProperty(name = "mp.jwt.verify.publickey.location") String location) {
        this.location = location;
    }

    /** The local key file that is configured but cannot be read; empty for a URL or a readable file. */
    public Optional<Path> missingFile() {
        if (location.startsWith("http://") || location.startsWith("https://") || location.startsWith("classpath:")) {
            return Optional.empty();
        }
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        return Files.isReadable(file) ? Optional.empty() : Optional.of(file);
    }

    void warnIfMissing(@Observes StartupEvent event) {
        missingFile().ifPresent(file -> LOG.warnf("No public key at %s: reads are served, writes answer 503 until one "
                + "is there (run keygen, or set TRACKER_JWT_PUBLIC_KEY) and the service is restarted.", file));
    }
}
