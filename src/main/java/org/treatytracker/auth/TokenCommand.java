package org.treatytracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code keygen [DIR]} and {@code mint-token --subject NAME [--role ROLE]... [--ttl PT8H] [--key FILE]}:
 * an operator's way to let a local editor write. Neither touches the database. Exit codes: 0 done,
 * 1 failed (message on stderr), 2 usage.
 */
@ApplicationScoped
public class TokenCommand {

    public static final Set<String> COMMANDS = Set.of("keygen", "mint-token");
    public static final String USAGE = """
            keygen [DIR]                       write a new key pair (default DIR: keys)
            mint-token --subject NAME [--role ROLE]... [--ttl DURATION] [--key FILE]
                                               print a token (roles default: editor; ttl: PT8H;
                                               key: keys/editor-private.pem)""";

    private final String issuer;

    public TokenCommand(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.issuer = issuer;
    }

    public int run(String command, List<String> args) {
        try {
            return command.equals("keygen") ? keygen(args) : mint(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (IOException | GeneralSecurityException e) {
            System.err.println(command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int keygen(List<String> args) throws IOException, GeneralSecurityException {
        if (args.size() > 1) {
            throw new IllegalArgumentException("keygen takes at most one folder");
        }
        Path dir = Path.of(args.isEmpty() ? "keys" : args.get(0));
        EditorKeys.generate(dir);
        System.err.println("Wrote " + dir.resolve(EditorKeys.PRIVATE_FILE) + " (keep it secret) and "
                + dir.resolve(EditorKeys.PUBLIC_FILE) + " (the service verifies tokens with it).");
        return 0;
    }

    private int mint(List<String> args) throws IOException, GeneralSecurityException {
        String subject = null;
        Set<String> roles = new LinkedHashSet<>();
        Duration ttl = Duration.ofHours(8);
        Path key = Path.of("keys", EditorKeys.PRIVATE_FILE);
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--subject" -> subject = value;
                case "--role" -> roles.add(value);
                case "--ttl" -> ttl = duration(value);
                case "--key" -> key = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("--subject is required: the name the audit log records");
        }
        System.out.println(Tokens.mint(EditorKeys.readPrivate(key), issuer, subject,
                roles.isEmpty() ? Set.of(Roles.EDITOR) : roles, ttl));
        return 0;
    }

    private static Duration duration(String value) {
        try {
            Duration ttl = Duration.parse(value);
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("--ttl must be positive");
            }
            return ttl;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--ttl must be an ISO 8601 duration such as PT8H or P7D");
        }
    }
}
