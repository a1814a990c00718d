package org.treatytracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatytracker.extract.Article;
import org.treatytracker.extract.CandidateList;
import org.treatytracker.extract.ExtractionService;
import org.treatytracker.extract.Language;
import org.treatytracker.extract.TextFile;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code extract --file PATH --language fr|en [--published-on DATE] [--source-id ID]} or
 * {@code extract --source ID}: the candidate claims of a text, as one JSON object on stdout.
 */
@Command(name = ExtractCommand.NAME,
        customSynopsis = {"${COMMAND-FULL-NAME} --file=PATH --language=fr|en",
                "                              [--published-on=DATE] [--source-id=ID] [--weak]",
                "       ${COMMAND-FULL-NAME} --source=ID [--weak]"},
        description = {"Prints the candidate claims of a text, as JSON.",
                "The text is a file (French or English) or a stored article; the output is one JSON object on stdout, "
                        + "{\"source\", \"language\", \"published_on\", \"candidates\": [...]}, each candidate with "
                        + "its quote, code-point offsets, rule and confidence; only the confident ones unless --weak "
                        + "is given. It proposes only: nothing is written. "
                        + "Names and the UPR calendar come from the database, which is migrated and loaded first, as "
                        + "the service does."},
        sortOptions = false,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:read", "1:the text cannot be had (no such file or source, not UTF-8, a language not read)",
                "2:the command is wrong"},
        footer = {"%nSee README.md, \"Extracting claims from a new article\"."})
final class ExtractCommand implements Callable<Integer> {

    static final String NAME = "extract";

    /** What the command line asks for: a stored source, or a file with what is known of it. */
    record Request(String source, Path file, Language language, PartialDate publishedOn, String sourceId) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "PATH",
            description = "A UTF-8 text, read as is (the offsets count its code points).")
    Path file;

    @Option(names = "--language", paramLabel = "fr|en", converter = LanguageCode.class,
            description = "The file's language: fr or en.")
    Language language;

    @Option(names = "--published-on", paramLabel = "YYYY[-MM[-DD]]", converter = PublicationDate.class,
            description = "When the file was published: supplies the year of dates the text gives without one.")
    PartialDate publishedOn;

    @Option(names = "--source-id", paramLabel = "ID", converter = SourceId.class,
            description = "The stored source the file is, for the candidates' citations.")
    String sourceId;

    @Option(names = "--source", paramLabel = "ID", converter = SourceId.class,
            description = "A stored article instead of a file, read with its language and publication date.")
    String source;

    @Option(names = "--weak", description = "Also the weak candidates (confidence under 0.8), each marked \"weak\": true.")
    boolean weak;

    private final ExtractionService extraction;
    private final ObjectMapper json;

    ExtractCommand(ExtractionService extraction, ObjectMapper json) {
        this.extraction = extraction;
        this.json = json;
    }

    @Override
    public Integer call() {
        Request request = request();
        CandidateList candidates;
        try {
            candidates = request.source() != null ? extraction.listFor(request.source(), weak)
                    : extraction.listFor(new Article(TextFile.read(request.file()), request.language(),
                            request.publishedOn(), request.sourceId()), weak);
        } catch (ApiException | TextFile.Unreadable unavailable) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + unavailable.getMessage());
            return 1;
        }
        try {
            spec.commandLine().getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(candidates));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }

    /** Either a stored source alone, or a file with its language. */
    Request request() {
        if ((source == null) == (file == null)) {
            throw wrong("give either --file or --source");
        }
        if (source != null) {
            if (language != null || publishedOn != null || sourceId != null) {
                throw wrong("--source takes no other option: the stored source has its language and date");
            }
            return new Request(source, null, null, null, null);
        }
        if (language == null) {
            throw wrong("--file needs --language fr or en");
        }
        return new Request(null, file, language, publishedOn, sourceId);
    }

    private ParameterException wrong(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Exactly fr or en: the extractor's rules are written for those two. */
    static final class LanguageCode implements ITypeConverter<Language> {
        @Override
        public Language convert(String code) {
            return Language.of(code).filter(l -> l.name().equals(code))
                    .orElseThrow(() -> new TypeConversionException("must be fr or en, not '" + code + "'"));
        }
    }

    static final class PublicationDate implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class SourceId implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Codes.source(value);
            } catch (ApiException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
