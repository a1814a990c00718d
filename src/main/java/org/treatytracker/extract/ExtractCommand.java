package org.treatytracker.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.importer.UsageException;
import org.treatytracker.provenance.PartialDate;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

/**
 * {@code extract --file PATH --language fr|en [--published-on DATE] [--source-id ID]} or
 * {@code extract --source ID}: prints the candidate claims of a text as one JSON object on stdout.
 * Exit status 0 when read, 1 when the text cannot be had (no such file or source, not UTF-8,
 * a language not read), 2 when the command itself is wrong.
 */
@ApplicationScoped
public class ExtractCommand {

    public static final String USAGE = """
            Usage: extract --file PATH --language fr|en [--published-on YYYY[-MM[-DD]]] [--source-id ID]
                   extract --source ID
              --file: a UTF-8 text, read as is (offsets count its code points)
              --published-on: supplies the year of dates the text gives without one
              --source-id: the stored source the file is, for the candidates' citations
              --source: a stored article, with its language and publication date
            Prints {"source", "language", "published_on", "candidates": [...]}. See README.md.""";

    /** What the command line asks for: a stored source, or a file with what is known of it. */
    record Request(String source, Path file, Language language, PartialDate publishedOn, String sourceId) {
    }

    private final ExtractionService extraction;
    private final ObjectMapper json;

    public ExtractCommand(ExtractionService extraction, ObjectMapper json) {
        this.extraction = extraction;
        this.json = json;
    }

    public int run(List<String> args) {
        Request request;
        try {
            request = parse(args);
        } catch (UsageException e) {
            System.err.println("extract: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            CandidateList out;
            if (request.source() != null) {
                out = extraction.listFor(request.source());
            } else {
                Article article = new Article(read(request.file()), request.language(), request.publishedOn(), request.sourceId());
                out = CandidateList.of(article, extraction.candidatesFor(article));
            }
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return 0;
        } catch (ApiException | UnreadableText e) {
            System.err.println("extract: " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Request parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!List.of("--file", "--language", "--published-on", "--source-id", "--source").contains(option)) {
                throw new UsageException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            if (options.put(option, args.get(i + 1)) != null) {
                throw new UsageException(option + " is given twice");
            }
        }
        if (options.containsKey("--source") == options.containsKey("--file")) {
            throw new UsageException("give either --file or --source");
        }
        if (options.containsKey("--source")) {
            if (options.size() > 1) {
                throw new UsageException("--source takes no other option: the stored source has its language and date");
            }
            return new Request(sourceId(options.get("--source"), "--source"), null, null, null, null);
        }
        String code = options.get("--language");
        if (code == null) {
            throw new UsageException("--file needs --language fr or en");
        }
        Language language = Language.of(code).filter(l -> l.name().equals(code))
                .orElseThrow(() -> new UsageException("--language must be fr or en, not '" + code + "'"));
        PartialDate published = null;
        if (options.containsKey("--published-on")) {
            try {
                published = PartialDate.parse(options.get("--published-on"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--published-on: " + e.getMessage());
            }
        }
        String sourceId = options.containsKey("--source-id") ? sourceId(options.get("--source-id"), "--source-id") : null;
        return new Request(null, Path.of(options.get("--file")), language, published, sourceId);
    }

    private static String sourceId(String value, String option) {
        try {
            return Codes.source(value);
        } catch (ApiException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** The file's text exactly as its bytes spell it in UTF-8: a bad byte is refused, never replaced. */
    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableText(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableText("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The text cannot be had (no such file, not UTF-8): not a usage error, exit status 1. */
    private static final class UnreadableText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableText(String message) {
            super(message);
        }
    }
}
