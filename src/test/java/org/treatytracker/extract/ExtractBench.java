package org.treatytracker.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.treatytracker.provenance.PartialDate;

/**
 * The extractor's time against the size of its text, in process (no HTTP, no database): run by
 * bench/extract.sh, not by the test suite.
 *
 * <pre>ExtractBench TEXT SIZES RUNS WARMUP [WARMUP_SIZE]</pre>
 *
 * TEXT is one of {@link #texts()}'s names, SIZES a comma-separated list of characters, RUNS the
 * timed extractions per size, WARMUP the untimed extractions of the text at WARMUP_SIZE characters
 * (100,000 unless given) first: the JIT compiles the extractor before it is timed, as in a service
 * that has run a while.
 * Prints one tab-separated line per size: text, characters, the runs' milliseconds (comma-separated),
 * candidates, citations; a size whose extraction throws prints the exception instead.
 */
public final class ExtractBench {

    static final String HRC = "Le Vietnam a été élu membre du Conseil des droits de l'homme des Nations Unies pour "
            + "le mandat 2023-2025, avec 145 voix sur 193. ";

    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        String name = args[0];
        int[] sizes = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int warmupSize = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        String unit = unit(name);
        ClaimExtractor extractor = ReferenceNames.extractor();
        for (int i = 0; i < warmup; i++) {
            try {
                extractor.extract(article(unit, warmupSize));
            } catch (RuntimeException e) {
                // an extractor that fails on the text fails again when timed, and is reported then
                break;
            }
        }
        for (int size : sizes) {
            Article article = article(unit, size);
            List<String> millis = new ArrayList<>();
            List<Candidate> candidates = List.of();
            try {
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    candidates = extractor.extract(article);
                    millis.add(Long.toString((System.nanoTime() - start) / 1_000_000));
                }
            } catch (RuntimeException | StackOverflowError e) {
                System.out.println(name + "\t" + size + "\terror\t" + e.getClass().getSimpleName() + ": "
                        + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
                continue;
            }
            int citations = candidates.stream().mapToInt(c -> c.claim().citations().size()).sum();
            System.out.println(name + "\t" + size + "\t" + String.join(",", millis) + "\t" + candidates.size() + "\t" + citations);
        }
    }

    /** The texts measured, each a unit repeated up to the size. */
    static List<String> texts() {
        return List.of("hrc", "seeds", "giant", "number-words", "counts", "dense");
    }

    private static String unit(String name) throws IOException {
        return switch (name) {
            // one sentence repeated: one claim found at every repetition
            case "hrc" -> HRC;
            // the five seed articles, each ending its line
            case "seeds" -> seeds();
            // the same without a full stop or a line break: one « sentence » as long as the text
            case "giant" -> seeds().replaceAll("[.!?…\\r\\n]", " ");
            // hostile: nothing but number words
            case "number-words" -> "deux trois ";
            // hostile: a count in every three words
            case "counts" -> "12 pays et ";
            // hostile: a UPR review, a percentage, a ratification, dates and an HRC term in every clause, no full stop
            case "dense" -> "Le Vietnam a accepté 78 pour cent des 227 recommandations de l'EPU en 2019, ratifié la CAT "
                    + "le 5 février 2015, élu au CDH 2023-2025; ";
            default -> throw new IllegalArgumentException("unknown text '" + name + "'; one of " + texts());
        };
    }

    private static String seeds() throws IOException {
        StringBuilder seeds = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds/articles"))) {
            for (Path file : files.sorted().toList()) {
                seeds.append(Files.readString(file)).append('\n');
            }
        }
        return seeds.toString();
    }

    private static Article article(String unit, int size) {
        StringBuilder text = new StringBuilder(size + unit.length());
        while (text.length() < size) {
            text.append(unit);
        }
        return new Article(text.substring(0, size), Language.fr, PartialDate.parse("2024-03-14"), "bench");
    }
}
