package org.treatytracker.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code import <format> FILE [options]}: runs one import and prints every bad row (stderr) and a
 * JSON summary (the last line on stdout). Exit status 0 when imported or unchanged, 1 when the
 * file has bad rows (nothing written), 2 when the command itself is wrong.
 */
@ApplicationScoped
public class ImportCommand {

    public static final String USAGE = """
            Usage: import <format> FILE [--mapping MAPPING.yaml] [--column field=Header]... [--language CODE]
                          [--encoding CHARSET] [--dataset KEY] [--treaty CODE] [--as-of DATE] [--complete]
                          [--aliases ALIASES.yaml] [--title TEXT] [--publisher TEXT] [--url URL] [--retrieved-on DATE]
                   import undo DATASET
              formats: ohchr-status (OHCHR dashboard export, .xls/.xlsx/.csv),
                       ratification-status (a status table, one row per state; needs a mapping),
                       ratifications (generic CSV of actions, needs a mapping),
                       upr-recommendations (generic CSV, needs a mapping)
              --language: ISO 639-1 code of the texts (UPR recommendations), when no column gives it
              --encoding: of a CSV file (default UTF-8), e.g. windows-1252, x-MacRoman, ISO-8859-1
              --dataset: the key successive exports of one dataset share (default: from the treaty or file name)
              --treaty: the treaty of every row of a per-treaty status table without a treaty column
              --as-of: the date the file speaks as of (YYYY-MM-DD); no row may be dated after it
              --complete: the file lists every state it covers (needs --as-of): a listed state without
                          an action took none
              --aliases: a YAML file of more names of parties for this import (CODE: [name, ...])
              --title, --publisher, --url, --retrieved-on: where the dataset comes from, shown with its citations
              undo: takes back the dataset's latest import (ratification datasets)
            See docs/importers.md.""";

    private static final String UNDO = "undo";
    private static final List<String> FORMATS = List.of(OhchrStatusTable.FORMAT, StatusTable.FORMAT,
            MappedActionTable.FORMAT, RecommendationImporter.FORMAT);

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
            ImportResult result = request.format().equals(UNDO) ? ratifications.undo(request.dataset())
                    : request.format().equals(RecommendationImporter.FORMAT) ? recommendations.run(request)
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
        if (format.equals(UNDO)) {
            if (args.size() != 2) {
                throw new UsageException("undo takes one dataset key");
            }
            return new ImportRequest(UNDO, null, Mapping.empty(), StandardCharsets.UTF_8, datasetKey(args.get(1)));
        }
        if (!FORMATS.contains(format)) {
            throw new UsageException("unknown format '" + format + "'");
        }
        Path file = Path.of(args.get(1));
        Mapping mapping = Mapping.empty();
        List<String> columns = new ArrayList<>();
        Charset encoding = StandardCharsets.UTF_8;
        String dataset = null;
        String language = null;
        String treaty = null;
        LocalDate asOf = null;
        boolean complete = false;
        Map<String, List<String>> aliases = Map.of();
        String title = null;
        String publisher = null;
        String url = null;
        LocalDate retrievedOn = null;
        for (int i = 2; i < args.size(); i += 2) {
            String option = args.get(i);
            if (option.equals("--complete")) {
                complete = true;
                i--;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            String value = args.get(i + 1);
            switch (option) {
                case "--mapping" -> mapping = Mapping.read(Path.of(value));
                case "--column" -> columns.add(value);
                case "--encoding" -> encoding = charset(value);
                case "--dataset" -> dataset = datasetKey(value);
                case "--language" -> language = value;
                case "--treaty" -> treaty = value;
                case "--as-of" -> asOf = day(option, value);
                case "--aliases" -> aliases = Aliases.read(Path.of(value));
                case "--title" -> title = text(option, value);
                case "--publisher" -> publisher = text(option, value);
                case "--url" -> url = url(value);
                case "--retrieved-on" -> retrievedOn = day(option, value);
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        mapping = mapping.withColumns(columns).withLanguage(language);
        if (!format.equals(OhchrStatusTable.FORMAT) && mapping.columns().isEmpty()) {
            throw new UsageException(format + " needs a column mapping (--mapping or --column)");
        }
        return new ImportRequest(format, file, mapping, encoding, dataset,
                new ImportRequest.RecordOptions(treaty, asOf, complete, title, publisher, url, retrievedOn), aliases);
    }

    private static String datasetKey(String value) {
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")) {
            throw new UsageException("--dataset: letters, digits and _ . : - only, 100 at most");
        }
        return value;
    }

    private static LocalDate day(String option, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new UsageException(option + " takes a date of the form YYYY-MM-DD, not '" + value + "'");
    }

    private static String text(String option, String value) {
        if (value.isBlank() || value.length() > 500) {
            throw new UsageException(option + " takes 1 to 500 characters");
        }
        return value.strip();
    }

    private static String url(String value) {
        if (!value.matches("https?://\\S{1,2000}")) {
            throw new UsageException("--url takes an http:// or https:// address, not '" + value + "'");
        }
        return value;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("unknown encoding '" + name + "'");
        }
    }
}
