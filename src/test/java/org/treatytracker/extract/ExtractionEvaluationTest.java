package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatytracker.catalog.NameIndex;

/**
 * Runs the extractor, with the gazetteer and UPR calendar of the seeded database, over the labelled
 * set, writes the report (target/extraction-evaluation.md, and the path in the system property
 * {@code extraction.report} when given) and fails below the floors.
 */
@QuarkusTest
class ExtractionEvaluationTest {

    static final String REPORT_PROPERTY = "extraction.report";

    /** The bar on the articles the rules were developed on, for every kind. */
    private static final ExtractionEvaluation.Floor SEED_FLOOR = new ExtractionEvaluation.Floor(0.9, 0.9);

    /**
     * Passages: held out for the extractor's first run (P 0.94 / R 0.61), a development set since;
     * a little under what is measured now (precision, then recall), so that a regression fails.
     */
    private static final Map<String, ExtractionEvaluation.Floor> PASSAGE_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.85, 0.85),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.90),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.85),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.90),
            "all", new ExtractionEvaluation.Floor(0.95, 0.90));

    /**
     * The blind held-out set ({@code heldout/}): a little under its first (and so far only) run,
     * P 0.77 / R 0.49 over all kinds. These texts must not be studied to tune rules; once they are,
     * a new blind set is needed to measure the extractor on unseen text.
     */
    private static final Map<String, ExtractionEvaluation.Floor> HELDOUT_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.50, 0.60),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.70, 0.30),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.75, 0.55),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.85, 0.40),
            "all", new ExtractionEvaluation.Floor(0.70, 0.42));

    /**
     * The real development set of issue 18 (first run P 0.16 / R 0.04; with passages 31-47 added, before
     * any rule was changed for them, P 0.71 / R 0.51): a little under what the rules of issue 18 reach on
     * it now (P 0.98 / R 0.72), so that a regression fails; its targets are on the blind set.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_DEV_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.85),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.45),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.80, 0.50),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.82),
            "all", new ExtractionEvaluation.Floor(0.95, 0.68));

    /**
     * The real blind set of issue 18, run once on 2026-12-03 after the rules were changed against real-dev:
     * P 0.42 / R 0.22 over all kinds, far under its targets (P 0.85 / R 0.6). A little under that run, so
     * that a regression fails; its misses are now studied, so it no longer measures unseen text.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_BLIND_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.60, 0.40),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.20, 0.05),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.50, 0.35),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.15, 0.05),
            "all", new ExtractionEvaluation.Floor(0.40, 0.20));

    /** The sets whose order the report keeps first; any other set directory follows, by name. */
    private static final List<String> KNOWN_SETS = List.of("seeds", "passages", "heldout", "real-dev", "real-blind");

    @Inject
    ExtractionService extraction;

    @Inject
    EntityManager em;

    @Test
    void scoresAtOrAboveTheFloorsAndWritesTheReport() throws IOException {
        NameIndex names = QuarkusTransaction.requiringNew().call(() -> NameIndex.load(em));
        ExtractionEvaluation evaluation = new ExtractionEvaluation(
                name -> names.party(name).orElse(null), name -> names.treaty(name).orElse(null));
        Map<String, List<ExtractionEvaluation.Result>> sets = new LinkedHashMap<>();
        for (String set : sets()) {
            List<ExtractionEvaluation.Result> results = new ArrayList<>();
            for (LabelledText text : LabelledText.load(set)) {
                results.add(evaluation.match(text, extraction.candidatesFor(text.article())));
            }
            sets.put(set, results);
        }
        Map<String, Map<String, ExtractionEvaluation.Floor>> floors = Map.of(
                "seeds", everyKind(SEED_FLOOR), "passages", PASSAGE_FLOORS, "heldout", HELDOUT_FLOORS,
                "real-dev", REAL_DEV_FLOORS, "real-blind", REAL_BLIND_FLOORS);
        String report = EvaluationReport.write(sets, floors, evaluation);
        Files.writeString(Path.of("target/extraction-evaluation.md"), report, StandardCharsets.UTF_8);
        String copy = System.getProperty(REPORT_PROPERTY);
        if (copy != null && !copy.isBlank()) {
            Files.writeString(Path.of(copy), report, StandardCharsets.UTF_8);
        }

        List<String> below = new ArrayList<>();
        sets.forEach((set, results) -> ExtractionEvaluation.scores(results).forEach((kind, score) -> {
            ExtractionEvaluation.Floor floor = floors.getOrDefault(set, Map.of()).get(kind);
            if (floor == null || (score.labels() == 0 && score.candidates() == 0)) {
                return;
            }
            double precision = score.candidates() == 0 ? 0 : score.precision();
            double recall = score.labels() == 0 ? 1 : score.recall();
            if (precision < floor.precision() || recall < floor.recall()) {
                below.add(set + " " + kind + ": precision " + ExtractionEvaluation.percent(precision) + ", recall "
                        + ExtractionEvaluation.percent(recall) + ", floors " + floor);
            }
        }));
        assertTrue(below.isEmpty(), "below the floors (see target/extraction-evaluation.md): " + below);
    }

    /**
     * Every directory of src/test/resources/extraction/ that holds YAML files: seeds, passages, heldout
     * (when present), then any other set by name; a set without floors is reported, not asserted.
     */
    static List<String> sets() throws IOException {
        List<String> found;
        try (Stream<Path> dirs = Files.list(LabelledText.ROOT)) {
            found = dirs.filter(Files::isDirectory).filter(ExtractionEvaluationTest::holdsYaml)
                    .map(d -> d.getFileName().toString()).toList();
        }
        return found.stream()
                .sorted(Comparator.comparingInt((String s) -> KNOWN_SETS.contains(s) ? KNOWN_SETS.indexOf(s) : KNOWN_SETS.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static boolean holdsYaml(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ExtractionEvaluation.Floor> everyKind(ExtractionEvaluation.Floor floor) {
        Map<String, ExtractionEvaluation.Floor> floors = new LinkedHashMap<>();
        ExtractionEvaluation.KINDS.forEach(kind -> floors.put(kind, floor));
        floors.put("all", floor);
        return floors;
    }
}
