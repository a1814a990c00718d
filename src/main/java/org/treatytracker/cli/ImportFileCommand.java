package org.treatytracker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatytracker.importer.Aliases;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.Importers;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code import FORMAT FILE [options]}: one file in one format; every format takes every option. */
@Command(abbreviateSynopsis = true,
        sortOptions = false,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:imported, or unchanged (the same file read the same way again)",
                "1:the file has bad rows: each listed by line, nothing written",
                "2:the command is wrong: an unknown option, a bad mapping or encoding, a mapped column the file's header lacks"})
final class ImportFileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--mapping", paramLabel = "MAPPING.yaml",
            description = "The column mapping (see docs/mappings/); --column adds to it and wins over it.")
    Path mapping;

    @Option(names = "--column", paramLabel = "field=Header",
            description = "Maps one field to a column of the file's header; repeatable.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--language", paramLabel = "CODE",
            description = "The ISO 639-1 code of the texts (UPR recommendations), when no column gives it.")
    String language;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = Encoding.class,
            description = "The encoding of a CSV file, decoded strictly (default: ${DEFAULT-VALUE}); e.g. windows-1252, "
                    + "x-MacRoman, ISO-8859-1.")
    Charset encoding;

    @Option(names = "--dataset", paramLabel = "KEY", converter = DatasetKey.class,
            description = "The key successive exports of one dataset share (default: from the treaty or the file's name).")
    String dataset;

    @Option(names = "--treaty", paramLabel = "CODE",
            description = "The treaty of every row of a per-treaty status table that has no treaty column.")
    String treaty;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Day.class,
            description = "The date the file speaks as of (YYYY-MM-DD); no row may be dated after it.")
    LocalDate asOf;

    @Option(names = "--complete",
            description = "The file lists every state it covers (needs --as-of): a listed state without an action took none.")
    boolean complete;

    @Option(names = "--aliases", paramLabel = "ALIASES.yaml",
            description = "More names of parties, for this import only: a YAML map of codes to lists of names.")
    Path aliases;

    @Option(names = "--title", paramLabel = "TEXT", converter = Text.class,
            description = "The dataset's title (1 to 500 characters), shown with its citations.")
    String title;

    @Option(names = "--publisher", paramLabel = "TEXT", converter = Text.class,
            description = "Who publishes the dataset (1 to 500 characters).")
    String publisher;

    @Option(names = "--url", paramLabel = "URL", converter = Url.class,
            description = "Where the dataset was retrieved from: an http:// or https:// address.")
    String url;

    @Option(names = "--retrieved-on", paramLabel = "DATE", converter = Day.class,
            description = "When the dataset was retrieved (YYYY-MM-DD).")
    LocalDate retrievedOn;

    private final String format;
    private final boolean needsMapping;
    private final Importers imports;
    private final ObjectMapper json;

    ImportFileCommand(String format, boolean needsMapping, Importers imports, ObjectMapper json) {
        this.format = format;
        this.needsMapping = needsMapping;
        this.imports = imports;
        this.json = json;
    }

    String format() {
        return format;
    }

    @Override
    public Integer call() {
        ImportRequest request = request();
        return ImportCommand.report(spec, json, () -> imports.run(request));
    }

    /** The import the parsed options ask for, with the mapping and aliases files read. */
    ImportRequest request() {
        try {
            Mapping read = (mapping == null ? Mapping.empty() : Mapping.read(mapping)).withColumns(columns).withLanguage(language);
            if (needsMapping && read.columns().isEmpty()) {
                throw new UsageException(format + " needs a column mapping (--mapping or --column)");
            }
            Map<String, List<String>> names = aliases == null ? Map.of() : Aliases.read(aliases);
            return new ImportRequest(format, file, read, encoding, dataset,
                    new ImportRequest.RecordOptions(treaty, asOf, complete, title, publisher, url, retrievedOn), names);
        } catch (UsageException wrong) {
            throw new ParameterException(spec.commandLine(), wrong.getMessage());
        }
    }

    static final class Encoding implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new TypeConversionException("unknown encoding '" + name + "'");
            }
        }
    }

    /** A dataset key: what successive imports of one dataset share, and what undo names. */
    static final class DatasetKey implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")) {
                throw new TypeConversionException("'" + value + "' is not a dataset key: letters, digits and _ . : - only, "
                        + "100 at most");
            }
            return value;
        }
    }

    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException e) {
                // answered below
            }
            throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }

    static final class Text implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank() || value.length() > 500) {
                throw new TypeConversionException("takes 1 to 500 characters");
            }
            return value.strip();
        }
    }

    static final class Url implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("https?://\\S{1,2000}")) {
                throw new TypeConversionException("'" + value + "' is not an http:// or https:// address");
            }
            return value;
        }
    }
}
