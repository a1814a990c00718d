package org.treatytracker.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.QuoteLocator;
import org.treatytracker.provenance.Source;
import org.treatytracker.seed.SeedDocuments.CitationRecord;

/** Turns seed citations into citations: quotes located in stored texts, references checked. */
final class CitationBuilder {

    private final Map<String, Source> sources;
    private final Map<String, String> texts;

    /** @param texts the stored text of each article source, by source id */
    CitationBuilder(Map<String, Source> sources, Map<String, String> texts) {
        this.sources = sources;
        this.texts = texts;
    }

    List<Citation> build(List<CitationRecord> records, String defaultSource, Fields fields) {
        List<Citation> citations = new ArrayList<>();
        if (records == null || records.isEmpty()) {
            fields.problem("has no citation: every fact needs at least one");
            return citations;
        }
        for (CitationRecord record : records) {
            String sourceId = record.source() != null ? record.source() : defaultSource;
            Source source = sourceId == null ? null : sources.get(sourceId);
            if (source == null) {
                fields.problem("cites unknown source '" + sourceId + "'");
            } else if (source.kind == Source.Kind.article) {
                passage(source, record, fields, citations);
            } else {
                reference(source, record, fields, citations);
            }
        }
        return citations;
    }

    private void passage(Source source, CitationRecord record, Fields fields, List<Citation> citations) {
        if (record.quote() == null || record.locator() != null) {
            fields.problem("a citation of article '" + source.id + "' needs a quote and no locator");
            return;
        }
        try {
            QuoteLocator.Passage passage = QuoteLocator.locate(texts.get(source.id), record.quote(), record.prefix());
            citations.add(Citation.ofPassage(source, passage, record.derivation()));
        } catch (QuoteLocator.QuoteNotFoundException e) {
            fields.problem("in source '" + source.id + "': " + e.getMessage());
        }
    }

    private static void reference(Source source, CitationRecord record, Fields fields, List<Citation> citations) {
        if (record.locator() == null || record.quote() != null || record.prefix() != null) {
            fields.problem("reference '" + source.id + "' has no stored text: cite it with a locator, not a quote");
            return;
        }
        citations.add(Citation.ofReference(source, record.locator(), record.derivation()));
    }
}
