package org.treatytracker.faults;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A large UPR recommendations CSV, made up, valid row for row, and the command that imports it. */
final class GeneratedRecommendations {

    private static final List<String> STATES = List.of("FRA", "VNM", "BRA", "DEU", "JPN", "KEN", "MEX", "CAN", "IND", "ZAF");
    private static final List<String> THEMES = List.of("Torture", "Children", "Press freedom", "Death penalty", "Women");

    private GeneratedRecommendations() {
    }

    /** Writes {@code rows} recommendations, each numbered and so a recommendation of its own. */
    static Path write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Number,Recommendation,State under Review,Recommending State,Cycle,Response,Issues\n");
            for (int i = 1; i <= rows; i++) {
                out.write(String.join(",",
                        "G." + i,
                        "\"Generated recommendation " + i + ", to be imported and then rolled back\"",
                        STATES.get(i % STATES.size()),
                        STATES.get((i * 7 + 3) % STATES.size()),
                        String.valueOf(1 + i % 4),
                        i % 3 == 0 ? "Noted" : "Supported",
                        THEMES.get(i % THEMES.size())));
                out.write('\n');
            }
        }
        return file;
    }

    /** The arguments of {@code import} for such a file, as on the command line. */
    static List<String> importArgs(Path file) {
        return List.of("upr-recommendations", file.toString(),
                "--column", "un_number=Number",
                "--column", "text=Recommendation",
                "--column", "state_under_review=State under Review",
                "--column", "recommending_states=Recommending State",
                "--column", "cycle=Cycle",
                "--column", "response=Response",
                "--column", "themes=Issues",
                "--language", "en",
                "--dataset", "fault-test-upr");
    }
}
