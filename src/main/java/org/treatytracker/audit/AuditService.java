package org.treatytracker.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

/** Reads the audit log, newest first, a page at a time in the database (it only grows). */
@ApplicationScoped
public class AuditService {

    private final AuditLog audit;

    public AuditService(AuditLog audit) {
        this.audit = audit;
    }

    /** Which entries to list; each null criterion matches everything. */
    public record Filter(String actor, String targetKind, String targetId, Long factId, OffsetDateTime since,
                         OffsetDateTime until) {
    }

    /**
     * The entries the filter selects. An actor or a target the log has no entry for names nothing (404),
     * and so does a fact id of no fact, present or retracted; one that exists but whose entries the
     * other criteria leave out gives an empty page.
     */
    @Transactional
    public ItemList<AuditView> list(Filter filter, PageRequest page) {
        if (filter.actor() != null && AuditEntry.count("actor", filter.actor()) == 0) {
            throw ApiException.notFound("The audit log has no entry by actor '" + Codes.printable(filter.actor()) + "'.");
        }
        if (filter.targetId() != null
                && AuditEntry.count("targetKind = ?1 and targetId = ?2", filter.targetKind(), filter.targetId()) == 0) {
            throw ApiException.notFound("The audit log has no entry for " + filter.targetKind() + " '"
                    + Codes.printable(filter.targetId()) + "'.");
        }
        if (filter.factId() != null && AuditEntry.count("factId", filter.factId()) == 0
                && Panache.getEntityManager().createNativeQuery("SELECT 1 FROM facts WHERE id = ?1")
                .setParameter(1, filter.factId()).getResultList().isEmpty()) {
            throw ApiException.notFound("No fact " + filter.factId() + ".");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actor() != null) {
            where.add("actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.targetKind() != null) {
            where.add("targetKind = :targetKind");
            parameters.put("targetKind", filter.targetKind());
        }
        if (filter.targetId() != null) {
            where.add("targetId = :targetId");
            parameters.put("targetId", filter.targetId());
        }
        if (filter.factId() != null) {
            where.add("factId = :factId");
            parameters.put("factId", filter.factId());
        }
        if (filter.since() != null) {
            where.add("at >= :since");
            parameters.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.add("at <= :until");
            parameters.put("until", filter.until());
        }
        String conditions = String.join(" and ", where);
        long total = where.isEmpty() ? AuditEntry.count() : AuditEntry.count(conditions, parameters);
        long from = page.offsetWithin(total);
        String query = (where.isEmpty() ? "" : conditions + " ") + "order by id desc";
        List<AuditView> items = AuditEntry.<AuditEntry>find(query, parameters)
                .range((int) from, (int) Math.min(Integer.MAX_VALUE, from + page.perPage() - 1))
                .stream()
                .map(this::view)
                .toList();
        return new ItemList<>(items, (int) Math.min(Integer.MAX_VALUE, total), page.page(), page.perPage(), items);
    }

    private AuditView view(AuditEntry entry) {
        String href = switch (entry.targetKind) {
            case AuditEntry.SOURCE -> "/api/v1/sources/" + entry.targetId;
            case AuditEntry.CITATION -> "/api/v1/citations/" + entry.targetId;
            case AuditEntry.IMPORT -> "/api/v1/imports/" + entry.targetId;
            case AuditEntry.RECOMMENDATION -> "/api/v1/recommendations/" + entry.targetId;
            default -> "/api/v1/facts/" + entry.targetId;
        };
        return new AuditView(entry.id, entry.at, entry.actor, entry.action.name(), entry.targetKind, entry.targetId,
                href, entry.factId, entry.factVersion, entry.reason, audit.read(entry.before), audit.read(entry.after));
    }
}
