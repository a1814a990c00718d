package org.treatytracker.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import <format> FILE [options]}: runs one import and prints every bad row (stderr) and a
 * JSON summary (the last line on stdout). Exit status 0 when imported or unchanged, 1 when the
 * file has bad rows (nothing written), 2 when the command itself is wrong.
 */
@ApplicationScoped
public class ImportCommand {

    public static final String USAGE = """
            Usage: import <format> FILE [--mapping MAPPING.yaml] [--column field=Header]... [--language CODE]
                          [--encoding CHARSET] [--dataset KEY]
              formats: ohchr-status (OHCHR dashboard export, .xls/.xlsx/.csv),
                       ratifications (generic CSV, needs a mapping),
                       upr-recommendations (generic CSV, needs a mapping)
              --language: ISO 639-1 code of the texts (UPR recommendations), when no column gives it
              --encoding: of a CSV file (default UTF-8), e.g. windows-1252, x-MacRoman, ISO-8859-1
              --dataset: the key successive exports of one dataset share (default: from the treaty or file name)
            See docs/importers.md.""";

    private final RatificationImporter ratifications;
    private final RecommendationImporter recommendations;
    private final ObjectMapper json;

    public ImportCommand(RatificationImporter ratifications, RecommendationImporter recommendations, ObjectMapper json) {
        this.ratifications = ratifications;
        this.recommendations = recommendations;
        this.json = json;
    }

    public int run(List<String> args) {
        ImportRequest request;
        try {
            request = parse(args);
        } catch (UsageException e) {
            System.err.println("import: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            ImportResult result = request.format().equals(RecommendationImporter.FORMAT)
                    ? recommendations.run(request)
                    : ratifications.run(request);
            result.problems().forEach(problem -> System.err.println(problem));
            System.out.println(json.writeValueAsString(result));
            return result.failed() ? 1 : 0;
        } catch (UsageException e) {
            System.err.println("import: " + e.getMessage());
            return 2;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportRequest parse(List<String> args) {
        if (args.size() < 2) {
            throw new UsageException("give a format and a file");
        }
        String format = args.get(0);
        if (!List.of(OhchrStatusTable.FORMAT, MappedActionTable.FORMAT, RecommendationImporter.FORMAT).contains(format)) {
            throw new UsageException("unknown format '" + format + "'");
        }
        Path file = Path.of(args.get(1));
        Mapping mapping = Mapping.empty();
        List<String> columns = new ArrayList<>();
        Charset encoding = StandardCharsets.UTF_8;
        String dataset = null;
        String language = null;
        for (int i = 2; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--mapping" -> mapping = Mapping.read(Path.of(value));
                case "--column" -> columns.add(value);
                case "--encoding" -> encoding = charset(value);
                case "--dataset" -> dataset = value;
                case "--language" -> language = value;
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        mapping = mapping.withColumns(columns).withLanguage(language);
        if (!format.equals(OhchrStatusTable.FORMAT) && mapping.columns().isEmpty()) {
            throw new UsageException(format + " needs a column mapping (--mapping or --column)");
        }
        if (dataset != null && !dataset.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")) {
            throw new UsageException("--dataset: letters, digits and _ . : - only, 100 at most");
        }
        return new ImportRequest(format, file, mapping, encoding, dataset);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("unknown encoding '" + name + "'");
        }
    }
}
