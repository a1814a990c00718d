package org.treatytracker.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.importer.NameIndex;

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
     * Held-out passages: a little under what was measured when the floors were set (precision, then
     * recall), so that a regression fails; the report states them.
     */
    private static final Map<String, ExtractionEvaluation.Floor> PASSAGE_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.80, 0.80),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.45),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.85, 0.65),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.45),
            "all", new ExtractionEvaluation.Floor(0.90, 0.55));

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
        for (String set : List.of("seeds", "passages")) {
            List<ExtractionEvaluation.Result> results = new ArrayList<>();
            for (LabelledText text : LabelledText.load(set)) {
                results.add(evaluation.match(text, extraction.candidatesFor(text.article())));
            }
            sets.put(set, results);
        }
        Map<String, ExtractionEvaluation.Floor> seedFloors = new LinkedHashMap<>();
        ExtractionEvaluation.KINDS.forEach(kind -> seedFloors.put(kind, SEED_FLOOR));
        Map<String, Map<String, ExtractionEvaluation.Floor>> floors = Map.of("seeds", seedFloors, "passages", PASSAGE_FLOORS);
        String report = EvaluationReport.write(sets, floors, evaluation);
        Files.writeString(Path.of("target/extraction-evaluation.md"), report, StandardCharsets.UTF_8);
        String copy = System.getProperty(REPORT_PROPERTY);
        if (copy != null && !copy.isBlank()) {
            Files.writeString(Path.of(copy), report, StandardCharsets.UTF_8);
        }

        List<String> below = new ArrayList<>();
        floors.forEach((set, bySet) -> ExtractionEvaluation.scores(sets.get(set)).forEach((kind, score) -> {
            ExtractionEvaluation.Floor floor = bySet.get(kind);
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
}
