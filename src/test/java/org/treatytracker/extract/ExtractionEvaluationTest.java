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

    /*
     * Every floor is a little under what is measured with the precision gate (ClaimExtractor.CONFIDENT): only
     * what the extractor returns by default is scored. The gate keeps a candidate only when its rule found
     * strong structural evidence, so the development sets lose recall they had before it (their earlier floors
     * are given beside each): precision comes first, and a weak candidate still reaches an editor who asks
     * for it (weak=true). The gate's cost in recall is honest loss, not a regression to hide.
     */

    /**
     * Seeds: were at the bar (0.90 / 0.90 for every kind) before the gate. Figures whose subject is an
     * anaphor ("la convention") are confident again (13 of 14 right over the sets): figures 0.56 -> 0.94. The
     * one term-less membership ("en tant que membre du Conseil") stays weak, so HRC recall is 0.67.
     */
    private static final Map<String, ExtractionEvaluation.Floor> SEED_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.90),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.90),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.90),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.60),
            "all", new ExtractionEvaluation.Floor(0.90, 0.88));

    /**
     * Passages: held out for the extractor's first run (P 0.94 / R 0.61), a development set since (before the
     * gate: all 0.95 / 0.90, treaty 0.90 / 0.90, figure 0.90 / 0.85, hrc 0.90 / 0.90).
     */
    private static final Map<String, ExtractionEvaluation.Floor> PASSAGE_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.85, 0.80),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.70),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.70),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.70),
            "all", new ExtractionEvaluation.Floor(0.95, 0.72));

    /**
     * The blind held-out set ({@code heldout/}), first run P 0.77 / R 0.49 over all kinds. These texts must
     * not be studied to tune rules (none of the gate's calibrations was read from them). Before the gate:
     * upr 0.50 / 0.60, all 0.70 / 0.42. Since issue 18's fresh blind set was made, every set here is a
     * development set: the verb that shares the subject of the act before ("It ratified CEDAW in 1985 and
     * acceded to ...") was read from its 14, "noting 85" and "a pris note des 67 autres" from its 04 and 01.
     * With the anaphor, joined-verb and insertion readings: upr 0.63 / 0.50 -> 0.75 / 0.60, treaty 0.75 / 0.33
     * -> 0.79 / 0.41 (the false positives are those of before); with "noting" and "pris note des": upr 1.00 / 0.80.
     */
    private static final Map<String, ExtractionEvaluation.Floor> HELDOUT_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.70),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.75, 0.37),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.75),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.50),
            "all", new ExtractionEvaluation.Floor(0.90, 0.55));

    /**
     * The real development set of issue 18 (first run P 0.16 / R 0.04; with passages 31-47 added, before
     * any rule was changed for them, P 0.71 / R 0.51). Before the gate the rules reached P 0.98 / R 0.72 on it
     * (floors 0.95 / 0.68); the gate costs it most of its treaty actions (the anaphoric "the Convention" and the
     * lists of signatories are weak) and the term-less HRC lists. Treaty actions 0.13 -> 0.17 at P 1.00 with
     * "OPSC" named; its undated anaphors (the lists of the 2007 treaty event) stay weak. After the rules made from
     * real-blind2 (lists of reviewed states, the election's term, counted parties and undated sole anaphors
     * confident): P 0.99 / R 0.71.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_DEV_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.85),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.45),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.85, 0.45),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.80),
            "all", new ExtractionEvaluation.Floor(0.95, 0.68));

    /**
     * The real blind set of issue 18, run once on 2026-12-03 after the rules were changed against real-dev:
     * P 0.42 / R 0.22 over all kinds (floors then 0.40 / 0.20). Its misses and false positives were studied
     * for the gate's calibration, so it no longer measures unseen text. With the gate: P 1.00 / R 0.16 (0.31
     * with terms from "à compter du 1er janvier", lists after "Ces 14 pays sont" and the act as a noun with
     * its party and a named treaty confident). Of its eight treaty actions proposed before the gate, one is
     * returned (the others read a treaty taken as the one last named, a protocol resolved to its parent, or
     * a passive). With an anaphor confident when it can stand for no other treaty and is dated, "did so",
     * "the Optional Protocol to the UN Convention" and "le Protocole de l'ONU": treaty actions 0.04 -> 0.29
     * at P 1.00 (these were its misses, so this is development, not a blind measure). With undated anaphors
     * that can stand for one treaty only made confident (35 of 39 right over all sets after real-blind2),
     * its two "ont quant à elles signé le Protocole" come back (labelled with the dateline's year): 0.80. After the
     * rules made from real-blind2: P 0.96 / R 0.61 over all kinds.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_BLIND_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.57),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.75, 0.35),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.65),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.70),
            "all", new ExtractionEvaluation.Floor(0.90, 0.58));

    /**
     * The second real blind set of issue 18 (28 passages, 267 labels, 25 outlets, labelled blind on
     * 2026-12-03), run once on that day with the precision gate and everything learnt from real-blind:
     * P 0.44 / R 0.09 over all kinds (upr 0.75 / 0.05, treaty 0.40 / 0.03, figure 0.50 / 0.28, hrc 0.36 /
     * 0.09; fr 0.29 / 0.07, en 0.53 / 0.11), far under the targets. A little under that run, so that a
     * regression fails; its misses are in docs/extraction-evaluation.md, and it is a development set since. Its
     * misses were the development of 2026-12-04 (lists of reviewed states, the election's term carried, teaser
     * blocks inside an article, counted and ordinal acts): P 0.96 / R 0.67, floors a little under.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_BLIND2_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.88),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.85, 0.28),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.80, 0.42),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.77),
            "all", new ExtractionEvaluation.Floor(0.93, 0.64));

    /**
     * The third real blind set of issue 18 (30 passages, 205 labels, 24 outlets, labelled blind on 2026-12-04),
     * run once that day after real-blind2's rules: P 0.74 / R 0.40 (upr 0.94 / 0.78, treaty 0.83 / 0.08, figure
     * 0.83 / 0.36, hrc 0.64 / 0.48). Its false positives were then mended (a term from "Jan. 1" read as four
     * years; bids of states the page says were elected): P 0.94 / R 0.47, floors a little under. A
     * development set since.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_BLIND3_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.90, 0.75),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.75, 0.06),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.75, 0.30),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.60),
            "all", new ExtractionEvaluation.Floor(0.90, 0.44));

    /**
     * The fourth real blind set of issue 18 (30 passages, 167 labels, 30 outlets, labelled blind on 2026-12-04),
     * run once that day after real-blind3's mends: P 0.53 / R 0.26 (upr 0.67 / 0.13, treaty 0.43 / 0.07, figure
     * 0.23 / 0.20, hrc 0.60 / 0.38). Then mended (a term "starting on January 1" without its year, the size of
     * a body as a figure, joining words): P 0.86 / R 0.46, floors a little under. A development set since.
     */
    private static final Map<String, ExtractionEvaluation.Floor> REAL_BLIND4_FLOORS = Map.of(
            UprReviewBody.KIND, new ExtractionEvaluation.Floor(0.60, 0.10),
            TreatyActionBody.KIND, new ExtractionEvaluation.Floor(0.40, 0.05),
            ReportedFigureBody.KIND, new ExtractionEvaluation.Floor(0.25, 0.15),
            HrcMembershipBody.KIND, new ExtractionEvaluation.Floor(0.95, 0.72),
            "all", new ExtractionEvaluation.Floor(0.83, 0.43));

    /** The sets whose order the report keeps first; any other set directory follows, by name. */
    private static final List<String> KNOWN_SETS = List.of("seeds", "passages", "heldout", "real-dev", "real-blind", "real-blind2",
            "real-blind3", "real-blind4", "real-blind5");

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
        Map<String, List<ExtractionEvaluation.Result>> ungated = new LinkedHashMap<>();
        for (String set : sets()) {
            List<ExtractionEvaluation.Result> results = new ArrayList<>();
            List<ExtractionEvaluation.Result> everything = new ArrayList<>();
            for (LabelledText text : LabelledText.load(set)) {
                // What the API returns by default is what is scored; the weak candidates are matched apart,
                // to measure each rule's precision with and without the gate.
                results.add(evaluation.match(text, extraction.candidatesFor(text.article())));
                everything.add(evaluation.match(text, extraction.candidatesFor(text.article(), true)));
            }
            sets.put(set, results);
            ungated.put(set, everything);
            // -Dextraction.debug: every candidate (weak ones too) with its match, confidence and notes, in
            // target/debug-<set>.txt, to see which structural evidence each rule's right and wrong readings had
            if (System.getProperty("extraction.debug") != null) {
                StringBuilder debug = new StringBuilder();
                for (ExtractionEvaluation.Result r : everything) {
                    for (int j = 0; j < r.candidates().size(); j++) {
                        Candidate c = r.candidates().get(j);
                        debug.append(set).append(' ').append(r.text().file()).append(' ').append(r.candidateToLabel()[j] >= 0 ? "OK " : "FP ")
                                .append(c.rule()).append(' ').append(c.confidence()).append(' ')
                                .append(ExtractionEvaluation.candidateKey(c.claim())).append(" « ").append(c.quote().replaceAll("\\s+", " "))
                                .append(" » ").append(c.notes()).append('\n');
                    }
                }
                Files.writeString(Path.of("target/debug-" + set + ".txt"), debug.toString(), StandardCharsets.UTF_8);
            }
        }
        Map<String, Map<String, ExtractionEvaluation.Floor>> floors = Map.of(
                "seeds", SEED_FLOORS, "passages", PASSAGE_FLOORS, "heldout", HELDOUT_FLOORS,
                "real-dev", REAL_DEV_FLOORS, "real-blind", REAL_BLIND_FLOORS, "real-blind2", REAL_BLIND2_FLOORS,
                "real-blind3", REAL_BLIND3_FLOORS, "real-blind4", REAL_BLIND4_FLOORS);
        String report = EvaluationReport.write(sets, ungated, floors, evaluation);
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
}
