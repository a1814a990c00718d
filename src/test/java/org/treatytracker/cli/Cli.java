package org.treatytracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.treatytracker.auth.EditorTokens;
import picocli.CommandLine;

/**
 * The command tree with no database service behind it: enough to parse, print help, refuse wrong
 * commands, and run the commands that need no database (keygen, and mint-token for {@link #ISSUER}).
 */
final class Cli {

    static final String ISSUER = "treaty-tracker-cli-test";

    /** What a run printed, and its exit status. */
    record Run(int status, String out, String err) {
    }

    private Cli() {
    }

    static CommandLine tree() {
        return new Commands(null, null, null, new EditorTokens(ISSUER), new ObjectMapper(), null).commandLine();
    }

    /** The innermost command {@code args} name, its options parsed; a wrong command throws ParameterException. */
    static <T> T parse(String... args) {
        CommandLine line = tree();
        return Commands.invoked(line.parseArgs(args)).commandSpec().commandLine().getCommand();
    }

    static Run run(String... args) throws Exception {
        return run(tree(), args);
    }

    static Run run(CommandLine line, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = Commands.execute(line, args);
        return new Run(status, out.toString(), err.toString());
    }
}
