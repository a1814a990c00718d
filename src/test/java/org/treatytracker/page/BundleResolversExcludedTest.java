package org.treatytracker.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ops/service.jvm keeps the JIT away from the resolvers Qute generates for the pages' message bundles
 * (their compilation took a 53 MB arena peak, docs/performance.md "Memory"). The option names generated
 * classes and methods by pattern: if Quarkus or a rename changed those names, the option would match
 * nothing and say nothing, so the generated names are checked against it here.
 */
@QuarkusTest
class BundleResolversExcludedTest {

    private static final List<String> BUNDLES = List.of(
            "org.treatytracker.page.PageText_Bundle", "org.treatytracker.page.PageText_fr_Bundle");

    @Test
    void theServiceOptionsExcludeEveryGeneratedBundleResolver() throws IOException, ClassNotFoundException {
        String[] pattern = exclusionPattern();
        Pattern classes = glob(pattern[0]);
        Pattern methods = glob(pattern[1]);
        for (String bundle : BUNDLES) {
            assertTrue(classes.matcher(bundle).matches(), bundle + " is outside " + pattern[0]);
            Class<?> generated = Class.forName(bundle, false, Thread.currentThread().getContextClassLoader());
            List<String> resolvers = Arrays.stream(generated.getDeclaredMethods()).map(Method::getName)
                    .filter(name -> methods.matcher(name).matches()).toList();
            assertFalse(resolvers.isEmpty(), "no method of " + bundle + " matches " + pattern[1]);
        }
    }

    private static String[] exclusionPattern() throws IOException {
        String option = Files.readAllLines(Path.of("ops/service.jvm")).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> line.startsWith("-XX:CompileCommand=exclude,"))
                .findFirst().orElseThrow(() -> new AssertionError("ops/service.jvm has no CompileCommand=exclude"));
        return option.substring("-XX:CompileCommand=exclude,".length()).split("::", 2);
    }

    private static Pattern glob(String glob) {
        return Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse(""));
    }
}
