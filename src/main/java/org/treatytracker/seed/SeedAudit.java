package org.treatytracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatytracker.audit.AuditEntry.Action;
import org.treatytracker.editorial.FactSnapshot;
import org.treatytracker.provenance.Fact;
import org.treatytracker.revision.Revised;
import org.treatytracker.revision.Revisions;

/**
 * The seed loader's entries in the audit log: the seed-owned facts before a load are compared with
 * those after it, and each one created, changed (in content, not merely re-cited) or removed is
 * recorded, by the actor {@value #ACTOR}.
 */
final class SeedAudit {

    static final String ACTOR = "seed-loader";

    private record State(long id, int version, FactSnapshot snapshot) {
    }

    private final ObjectMapper json;
    private final Map<String, State> before;

    private SeedAudit(ObjectMapper json, Map<String, State> before) {
        this.json = json;
        this.before = before;
    }

    static SeedAudit before(ObjectMapper json) {
        return new SeedAudit(json, seedFacts(json));
    }

    void recordChanges(Revisions audit) {
        Map<String, State> after = seedFacts(json);
        after.forEach((key, now) -> {
            State was = before.get(key);
            if (was != null && was.id() != now.id()) {
                retracted(audit, was);
            }
            if (was == null || was.id() != now.id()) {
                audit.record(ACTOR, Action.create, Revised.FACT, now.id(), now.version(), null, null,
                        now.snapshot());
            } else if (!was.snapshot().sameContent(now.snapshot())) {
                audit.record(ACTOR, Action.update, Revised.FACT, now.id(), now.version(), null,
                        was.snapshot(), now.snapshot());
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                retracted(audit, was);
            }
        });
    }

    private static void retracted(Revisions audit, State was) {
        audit.record(ACTOR, Action.retract, Revised.FACT, was.id(), was.version(), "no longer in the seed files",
                was.snapshot(), null);
    }

    private static Map<String, State> seedFacts(ObjectMapper json) {
        List<Fact> facts = Fact.list("seedKey is not null order by id");
        return facts.stream().collect(Collectors.toMap(fact -> fact.seedKey,
                fact -> new State(fact.id, fact.version, FactSnapshot.of(fact, json)),
                (a, b) -> a, LinkedHashMap::new));
    }
}
