package org.treatytracker.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.audit.AuditLog;
import org.treatytracker.web.ApiException;

/** Stores an article an editor adds, exactly as sent, once: the same text twice is one source. */
@ApplicationScoped
public class SourceIntake {

    private final AuditLog audit;

    public SourceIntake(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public SourceView add(NewSource request, String actor) {
        String sha256 = sha256(request.text());
        Source.<Source>find("sha256 = ?1 and kind = ?2", sha256, Source.Kind.article).firstResultOptional()
                .ifPresent(same -> {
                    throw ApiException.conflict("This text is already stored as source '" + same.id
                            + "' (/api/v1/sources/" + same.id + "); cite that one.");
                });
        String id = request.id() != null ? request.id() : "art-" + sha256.substring(0, 16);
        if (Source.findByIdOptional(id).isPresent()) {
            throw ApiException.conflict("Source id '" + id + "' is taken; choose another.");
        }
        PartialDate published = published(request);
        Source source = new Source();
        source.id = id;
        source.kind = Source.Kind.article;
        source.title = request.title();
        source.publisher = request.publisher();
        source.url = request.url();
        source.language = request.language();
        source.published = DatedValue.of(published, request.publishedOnBasis() == null ? PartialDate.Basis.stated
                : PartialDate.Basis.valueOf(request.publishedOnBasis()));
        source.publishedNote = request.publishedOnNote();
        source.body = request.text();
        source.sha256 = sha256;
        source.charLength = request.text().codePointCount(0, request.text().length());
        source.addedBy = actor;
        source.addedAt = OffsetDateTime.now();
        source.persist();
        audit.other(actor, AuditEntry.Action.create, AuditEntry.SOURCE, id, null, null, metadata(source));
        return SourceView.of(source);
    }

    private static PartialDate published(NewSource request) {
        if (request.publishedOn() == null) {
            if (request.publishedOnBasis() != null || request.publishedOnNote() != null) {
                throw ApiException.badRequest("'published_on_basis' and 'published_on_note' need 'published_on'.");
            }
            return null;
        }
        try {
            return PartialDate.parse(request.publishedOn());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'published_on': " + e.getMessage());
        }
    }

    /** What the audit log keeps of a new source: its metadata and the fingerprint of its text. */
    private static Map<String, Object> metadata(Source source) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", source.title);
        metadata.put("publisher", source.publisher);
        metadata.put("url", source.url);
        metadata.put("language", source.language);
        metadata.put("published_on", DatedValue.isoOf(source.published));
        metadata.put("sha256", source.sha256);
        metadata.put("char_length", source.charLength);
        return metadata;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
