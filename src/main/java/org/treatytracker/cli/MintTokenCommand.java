package org.treatytracker.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.treatytracker.auth.EditorKeys;
import org.treatytracker.auth.EditorTokens;
import org.treatytracker.auth.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code mint-token --subject NAME [--role ROLE]... [--ttl DURATION] [--key FILE]}: a token for a local editor. */
@Command(name = "mint-token",
        description = {"Prints a token for a local editor.",
                "The bearer token (on stdout) is signed with the private key keygen wrote, for the issuer the "
                        + "service verifies (TRACKER_JWT_ISSUER). Needs no database."},
        sortOptions = false,
        sortSynopsis = false,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:printed", "1:failed (no such key, not a private key): the reason on stderr", "2:the command is wrong"})
final class MintTokenCommand implements Callable<Integer>, NeedsNoDatabase {

    @Spec
    CommandSpec spec;

    @Option(names = "--subject", required = true, paramLabel = "NAME",
            description = "Who the token is for: the name the audit log records.")
    String subject;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = Roles.EDITOR,
            description = "A role the token grants, in its groups claim; repeatable (default: ${DEFAULT-VALUE}).")
    Set<String> roles;

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "PT8H", converter = Lifetime.class,
            description = "How long the token is valid, an ISO 8601 duration such as PT8H or P7D (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Option(names = "--key", paramLabel = "FILE", defaultValue = "keys/" + EditorKeys.PRIVATE_FILE,
            description = "The private key to sign with (default: ${DEFAULT-VALUE}).")
    Path key;

    private final EditorTokens tokens;

    MintTokenCommand(EditorTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Integer call() {
        if (subject.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--subject is required: the name the audit log records");
        }
        try {
            spec.commandLine().getOut().println(tokens.mint(key, subject, roles, ttl));
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            spec.commandLine().getErr().println("mint-token failed: " + e.getMessage());
            return 1;
        }
    }

    static final class Lifetime implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration ttl;
            try {
                ttl = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not an ISO 8601 duration such as PT8H or P7D");
            }
            if (ttl.isNegative() || ttl.isZero()) {
                throw new TypeConversionException("must be positive, not " + value);
            }
            return ttl;
        }
    }
}
