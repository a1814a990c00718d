package org.treatytracker.editorial;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Optional;

/**
 * Every write to a fact or to one of its citations takes the fact's row lock first, before it reads
 * or writes anything else. Concurrent writers then queue on that one row, in one order, and cannot
 * deadlock (a citation insert's foreign-key lock against another writer's version bump was one way);
 * each, once it holds the lock, reads the fact as the last writer left it, and a loser's If-Match
 * names an old version: 412.
 */
final class FactLock {

    private FactLock() {
    }

    /** Locks the fact; false when there is none. */
    static boolean fact(long factId) {
        return !rows("select f.id from facts f where f.id = :id for update of f", factId).isEmpty();
    }

    /** Locks the fact a citation belongs to, and names it; empty when there is no such citation. */
    static Optional<Long> ofCitation(long citationId) {
        List<?> rows = rows("select f.id from facts f join citations c on c.fact_id = f.id where c.id = :id "
                + "for update of f", citationId);
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    private static List<?> rows(String sql, long id) {
        return Panache.getEntityManager().createNativeQuery(sql).setParameter("id", id).getResultList();
    }
}
