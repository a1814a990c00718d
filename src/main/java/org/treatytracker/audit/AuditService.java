package org.treatytracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;

/** Reads the audit log, newest first, a page at a time in the database (it only grows). */
@ApplicationScoped
public class AuditService {

    private final ObjectMapper json;

    public AuditService(ObjectMapper json) {
        this.json = json;
    }

    /** Which entries to list; each null criterion matches everything. */
    public record Filter(String actor, String targetKind, Long factId, OffsetDateTime since, OffsetDateTime until) {
    }

    @Transactional
    public ItemList<AuditView> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.actor() != null) {
            where.add("actor = :actor");
            parameters.and("actor", filter.actor());
        }
        if (filter.targetKind() != null) {
            where.add("targetKind = :targetKind");
            parameters.and("targetKind", filter.targetKind());
        }
        if (filter.factId() != null) {
            where.add("factId = :factId");
            parameters.and("factId", filter.factId());
        }
        if (filter.since() != null) {
            where.add("at >= :since");
            parameters.and("since", filter.since());
        }
        if (filter.until() != null) {
            where.add("at <= :until");
            parameters.and("until", filter.until());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id desc";
        long total = where.isEmpty() ? AuditEntry.count() : AuditEntry.count(String.join(" and ", where), parameters);
        long from = (long) (page.page() - 1) * page.perPage();
        if (from > 0 && from >= total) {
            throw ApiException.badRequest("page " + page.page() + " is past the last page at per_page "
                    + page.perPage() + ".");
        }
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
            default -> "/api/v1/facts/" + entry.targetId;
        };
        return new AuditView(entry.id, entry.at, entry.actor, entry.action.name(), entry.targetKind, entry.targetId,
                href, entry.factId, entry.factVersion, entry.reason, tree(entry.before), tree(entry.after));
    }

    private JsonNode tree(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON: " + e.getMessage(), e);
        }
    }
}
