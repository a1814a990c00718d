package org.treatytracker.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.treatytracker.claim.Problems;
import org.treatytracker.seed.SeedDocuments.ArticlesFile;
import org.treatytracker.seed.SeedDocuments.ClaimsFile;
import org.treatytracker.seed.SeedDocuments.CyclesFile;
import org.treatytracker.seed.SeedDocuments.PartiesFile;
import org.treatytracker.seed.SeedDocuments.ReferenceSourcesFile;
import org.treatytracker.seed.SeedDocuments.TreatiesFile;

/** Reads a seeds folder: parses the YAML strictly, decodes the articles, fingerprints it all. */
final class SeedReader {

    /** Part of the fingerprint: bump it when the loader writes differently from the same files. */
    private static final String LOADER_VERSION = "1";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    SeedSet read(Path dir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), "the seeds folder does not exist");
            problems.throwIfAny(SeedLoadException::new);
        }
        ArticlesFile articles = parse(dir, "articles.yaml", ArticlesFile.class, problems);
        ReferenceSourcesFile sources = parse(dir, "reference/sources.yaml", ReferenceSourcesFile.class, problems);
        TreatiesFile treaties = parse(dir, "reference/treaties.yaml", TreatiesFile.class, problems);
        CyclesFile cycles = parse(dir, "reference/upr-cycles.yaml", CyclesFile.class, problems);
        PartiesFile parties = parse(dir, "reference/parties.yaml", PartiesFile.class, problems);
        Map<String, UnStates.UnState> unStates = UnStates.read(dir, problems);

        Map<String, ClaimsFile> claims = new LinkedHashMap<>();
        for (Path file : yamlFilesIn(dir.resolve("claims"), problems)) {
            String name = dir.relativize(file).toString();
            ClaimsFile parsed = parse(dir, name, ClaimsFile.class, problems);
            if (parsed != null) {
                claims.put(name, parsed);
            }
        }

        Map<String, SeedSet.ArticleText> texts = new LinkedHashMap<>();
        if (articles != null && articles.articles() != null) {
            for (SeedDocuments.Article article : articles.articles()) {
                if (article.id() == null || article.file() == null) {
                    problems.add("articles.yaml", "an article entry lacks its id or file");
                    continue;
                }
                readArticle(dir, article.file(), problems).ifPresent(text -> texts.put(article.id(), text));
            }
        }
        problems.throwIfAny(SeedLoadException::new);

        List<IsoStates.State> states = IsoStates.all();
        return new SeedSet(dir, fingerprint(dir, states), articles, texts, sources, treaties, cycles, parties,
                claims, states, unStates);
    }

    /**
     * The fingerprint {@link #read} gives the folder, without parsing it: a start whose seeds are
     * already loaded compares this and stops there.
     */
    static String fingerprint(Path dir) {
        return fingerprint(dir, IsoStates.all());
    }

    private <T> T parse(Path dir, String name, Class<T> type, Problems problems) {
        try {
            T value = yaml.readValue(dir.resolve(name).toFile(), type);
            if (value == null) {
                problems.add(name, "the file is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            problems.add(name, "malformed: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            problems.add(name, Files.exists(dir.resolve(name)) ? "unreadable: " + e.getMessage() : "missing");
        }
        return null;
    }

    private static String location(JsonMappingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    private static java.util.Optional<SeedSet.ArticleText> readArticle(Path dir, String file, Problems problems) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return java.util.Optional.of(new SeedSet.ArticleText(text, HexFormat.of().formatHex(sha256(bytes))));
        } catch (NoSuchFileException e) {
            problems.add(file, "missing (named in articles.yaml)");
        } catch (CharacterCodingException e) {
            problems.add(file, "not valid UTF-8");
        } catch (IOException e) {
            problems.add(file, "unreadable: " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    private static List<Path> yamlFilesIn(Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder.toString(), "unreadable: " + e.getMessage());
            return List.of();
        }
    }

    /** A hash of every file under the folder (path and bytes), the generated state list and the loader version. */
    private static String fingerprint(Path dir, List<IsoStates.State> states) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            digest.update(states.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SeedLoadException(List.of(dir + ": unreadable: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
