package org.treatytracker.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.treatytracker.seed.SeedDocuments.ArticlesFile;
import org.treatytracker.seed.SeedDocuments.ClaimsFile;
import org.treatytracker.seed.SeedDocuments.CyclesFile;
import org.treatytracker.seed.SeedDocuments.PartiesFile;
import org.treatytracker.seed.SeedDocuments.ReferenceSourcesFile;
import org.treatytracker.seed.SeedDocuments.TreatiesFile;

/** Everything read from a seeds folder, parsed but not yet checked against each other. */
record SeedSet(
        Path dir,
        String fingerprint,
        ArticlesFile articles,
        Map<String, ArticleText> articleTexts,
        ReferenceSourcesFile referenceSources,
        TreatiesFile treaties,
        CyclesFile cycles,
        PartiesFile parties,
        Map<String, ClaimsFile> claimsByFile,
        List<IsoStates.State> states,
        Map<String, UnStates.UnState> unStates) {

    /** An article's stored text, decoded from bytes that were valid UTF-8, with the bytes' hash. */
    record ArticleText(String text, String sha256) {
    }
}
