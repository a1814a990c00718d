package org.treatytracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.provenance.QuoteLocator;

/**
 * A labelled text of src/test/resources/extraction/: a seed article (its text read from seeds/articles)
 * or a written passage, with every claim it supports (see that folder's README).
 */
record LabelledText(String file, String set, Article article, List<Label> labels) {

    /** A gold claim: its kind, its fields as in the YAML, and where its quote lies (code points). */
    record Label(String kind, JsonNode fields, String quote, boolean teaser, int start, int end) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path ROOT = Path.of("src/test/resources/extraction");

    static List<LabelledText> load(String set) {
        try (Stream<Path> files = Files.list(ROOT.resolve(set))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().map(f -> read(f, set)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledText read(Path file, String set) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            String document = text(root, "document");
            String text = document != null
                    ? Files.readString(Path.of("seeds/articles", document + ".txt"), StandardCharsets.UTF_8)
                    : root.get("text").asText();
            String published = text(root, "published_on");
            Language language = Language.of(text(root, "language")).orElseThrow();
            Article article = new Article(text, language, published == null ? null : PartialDate.parse(published), document);
            List<Label> labels = new ArrayList<>();
            for (JsonNode claim : root.get("claims")) {
                String quote = claim.get("quote").asText();
                QuoteLocator.Passage passage = QuoteLocator.locate(text, quote, text(claim, "prefix"));
                labels.add(new Label(claim.get("kind").asText(), claim, quote, claim.path("teaser").asBoolean(false),
                        passage.start(), passage.end()));
            }
            return new LabelledText(file.getFileName().toString(), set, article, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (QuoteLocator.QuoteNotFoundException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
