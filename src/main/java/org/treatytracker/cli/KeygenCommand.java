package org.treatytracker.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import org.treatytracker.auth.EditorKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keygen [DIR]}: the key pair local editors' tokens are signed and verified with. */
@Command(name = "keygen",
        description = {"Writes a new key pair for editors' tokens.",
                "Writes an RSA key pair into DIR: the private key " + EditorKeys.PRIVATE_FILE + " (keep it secret; "
                        + "readable by its owner only), which mint-token signs with, and the public key "
                        + EditorKeys.PUBLIC_FILE + ", which the service verifies tokens with (TRACKER_JWT_PUBLIC_KEY). "
                        + "It refuses to overwrite a pair, and needs no database."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:failed (a pair is there already, a folder not writable): the reason on stderr",
                "2:the command is wrong"})
final class KeygenCommand implements Callable<Integer>, NeedsNoDatabase {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "keys",
            description = "The folder to write the pair in (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        try {
            EditorKeys.generate(dir);
        } catch (IOException | GeneralSecurityException e) {
            spec.commandLine().getErr().println("keygen failed: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getErr().println("Wrote " + dir.resolve(EditorKeys.PRIVATE_FILE) + " (keep it secret) and "
                + dir.resolve(EditorKeys.PUBLIC_FILE) + " (the service verifies tokens with it).");
        return 0;
    }
}
