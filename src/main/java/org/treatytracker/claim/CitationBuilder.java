package org.treatytracker.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.CodePointOffsets;
import org.treatytracker.provenance.QuoteLocator;
import org.treatytracker.provenance.Source;

/**
 * Turns claim citations into citations: quotes located in stored texts, references checked. The
 * seed loader and the write API both build citations here, so they accept exactly the same ones.
 */
public final class CitationBuilder {

    private final Function<String, Source> sources;
    private final Function<Source, String> texts;
    private final Map<String, Indexed> offsets = new HashMap<>();

    private record Indexed(String text, CodePointOffsets offsets) {
    }

    /**
     * @param sources the source with a given id, or null when there is none
     * @param texts   the stored text of an article source
     */
    public CitationBuilder(Function<String, Source> sources, Function<Source, String> texts) {
        this.sources = sources;
        this.texts = texts;
    }

    /** Citations of the sources in the database, located in their stored texts. */
    public static CitationBuilder ofStoredSources() {
        // A lambda, not a method reference: Panache rewrites calls to an entity's static methods, not references to them.
        return new CitationBuilder(id -> Source.<Source>findById(id), source -> source.body);
    }

    public List<Citation> build(List<ClaimCitation> records, String defaultSource, Fields fields) {
        List<Citation> citations = new ArrayList<>();
        if (records == null || records.isEmpty()) {
            fields.problem("has no citation: every fact needs at least one");
            return citations;
        }
        for (ClaimCitation record : records) {
            if (record == null) {
                fields.problem("a citation is empty");
                continue;
            }
            one(record, defaultSource, fields).ifPresent(citations::add);
        }
        return citations;
    }

    public Optional<Citation> one(ClaimCitation record, String defaultSource, Fields fields) {
        String sourceId = record.source() != null ? record.source() : defaultSource;
        Source source = sourceId == null ? null : sources.apply(sourceId);
        if (source == null) {
            fields.problem(sourceId == null ? "a citation names no source" : "cites unknown source '" + sourceId + "'");
            return Optional.empty();
        }
        return source.kind == Source.Kind.article ? passage(source, record, fields) : reference(source, record, fields);
    }

    private Optional<Citation> passage(Source source, ClaimCitation record, Fields fields) {
        if (record.quote() == null || record.locator() != null) {
            fields.problem("a citation of article '" + source.id + "' needs a quote and no locator");
            return Optional.empty();
        }
        String text = texts.apply(source);
        try {
            QuoteLocator.Passage passage = record.start() == null
                    ? QuoteLocator.locate(text, record.quote(), record.prefix(), record.suffix())
                    : QuoteLocator.locateAt(text, offsets(source, text), record.quote(), record.start(), record.prefix(),
                    record.suffix());
            return Optional.of(Citation.ofPassage(source, passage, record.derivation()));
        } catch (QuoteLocator.QuoteNotFoundException e) {
            fields.problem("in source '" + source.id + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The text's offsets, computed once for all the passages of a claim (or a seed load) that cite it. */
    private CodePointOffsets offsets(Source source, String text) {
        Indexed indexed = offsets.get(source.id);
        if (indexed == null || indexed.text() != text) {
            indexed = new Indexed(text, CodePointOffsets.of(text));
            offsets.put(source.id, indexed);
        }
        return indexed.offsets();
    }

    private static Optional<Citation> reference(Source source, ClaimCitation record, Fields fields) {
        if (record.locator() == null || record.quote() != null || record.start() != null || record.prefix() != null
                || record.suffix() != null) {
            fields.problem("source '" + source.id + "' has no stored text: cite it with a locator, not a quote");
            return Optional.empty();
        }
        return Optional.of(Citation.ofReference(source, record.locator(), record.derivation()));
    }
}
