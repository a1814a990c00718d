package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** {@code --help} and {@code -h} on every command: exit 0, the command's usage on stdout, saying what each option is. */
class HelpTest {

    @Test
    void everyCommandHasHelpThatDescribesEachOfItsOptions() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        walk(Cli.tree(), List.of(), commands);
        assertEquals(14, commands.size(), "the top, serve, load-seeds, import with four formats and undo, extract, export, "
                + "keygen, codebook, mint-token: " + commands);
        for (List<String> command : commands) {
            CommandLine line = find(command);
            String usage = usage(line);
            for (String flag : List.of("--help", "-h")) {
                Cli.Run help = Cli.run(Stream.concat(command.stream(), Stream.of(flag)).toArray(String[]::new));
                assertEquals(0, help.status(), command + " " + flag);
                assertEquals("", help.err(), command + " " + flag);
                assertEquals(usage, help.out(), command + " " + flag + " prints the command's own usage");
            }
            assertTrue(usage.startsWith("Usage: " + line.getCommandSpec().qualifiedName()), usage);
            assertFalse(line.getCommandSpec().usageMessage().description().length == 0, command + " says what it does");
            List<ArgSpec> args = new ArrayList<>(line.getCommandSpec().options());
            args.addAll(line.getCommandSpec().positionalParameters());
            for (ArgSpec arg : args) {
                String description = String.join(" ", arg.description());
                assertFalse(description.isBlank(), command + " " + arg.paramLabel() + " says what it is");
                String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
                assertTrue(compact(usage).contains(compact(name)), command + " help names " + name + ":\n" + usage);
                assertTrue(compact(usage).contains(compact(description)), command + " help describes " + name + ":\n" + usage);
            }
            for (String sub : line.getSubcommands().keySet()) {
                assertTrue(usage.contains("\n  " + sub + " "), command + " help lists " + sub + ":\n" + usage);
            }
        }
    }

    @Test
    void helpWinsOverWhateverElseIsGiven() throws Exception {
        Cli.Run help = Cli.run("import", "ratifications", "r.csv", "--help");
        assertEquals(0, help.status(), "the mapping it lacks is not asked for");
        assertTrue(help.out().startsWith("Usage: treaty-tracker import ratifications [OPTIONS] FILE"), help.out());
        Cli.Run mint = Cli.run("mint-token", "-h");
        assertEquals(0, mint.status(), "--subject, required, is not asked for");
    }

    /** Every command's words from the top, the top's being none. */
    private static void walk(CommandLine line, List<String> words, List<List<String>> found) {
        found.add(words);
        line.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(words);
            deeper.add(name);
            walk(sub, deeper, found);
        });
    }

    private static CommandLine find(List<String> words) {
        CommandLine line = Cli.tree();
        for (String word : words) {
            line = line.getSubcommands().get(word);
        }
        return line;
    }

    private static String usage(CommandLine line) {
        java.io.StringWriter out = new java.io.StringWriter();
        line.usage(new java.io.PrintWriter(out, true));
        return out.toString();
    }

    /** The text without its white space: the usage wraps descriptions where it likes. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
