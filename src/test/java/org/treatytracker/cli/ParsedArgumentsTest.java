package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which invocations the start-up gives a database: all but help, a wrong command, keygen and mint-token. */
class ParsedArgumentsTest {

    @Test
    void theCommandsThatReadOrWriteDataNeedTheDatabase() {
        for (List<String> args : List.of(List.<String>of(), List.of("serve"), List.of("load-seeds"),
                List.of("import", "ohchr-status", "f.xls"), List.of("import", "undo", "untc-status-CAT"),
                List.of("extract", "--source", "000_a06249cdaee31e0b"), List.of("extract", "--file", "a.txt", "--language", "fr"),
                List.of("import", "ohchr-status", "--", "-h"))) {
            assertEquals(true, needed(args), args.toString());
        }
    }

    @Test
    void helpAWrongCommandAndTheTokenCommandsNeedNone() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("serve", "--help"), List.of("load-seeds", "-h"),
                List.of("import", "--help"), List.of("import", "upr-recommendations", "r.csv", "--help"),
                List.of("import", "undo", "-h"), List.of("extract", "--help"), List.of("keygen"), List.of("keygen", "--help"), List.of("codebook"),
                List.of("mint-token", "--subject", "a"), List.of("mint-token", "--help"),
                List.of("frobnicate"), List.of("load-seeds", "now"), List.of("import"), List.of("import", "upr", "r.csv"),
                List.of("import", "ohchr-status"), List.of("extract", "--file"))) {
            assertEquals(false, needed(args), args.toString());
        }
    }

    private static boolean needed(List<String> args) {
        return ParsedArguments.databaseNeeded(Cli.tree(), args.toArray(String[]::new));
    }
}
