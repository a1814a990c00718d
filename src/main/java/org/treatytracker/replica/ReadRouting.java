package org.treatytracker.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which database a Hibernate session uses, by the request it serves: the replica when
 * {@link ChooseReadSource} chose it, else the primary. Hibernate asks only inside a request context
 * and fails a session opened outside one, so the entry points that also run outside requests (the
 * importers, the seed loader, the bulk export, a command) carry {@code @ActivateRequestContext}; the
 * start-up runs in one.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    private final ReadSource source;

    public ReadRouting(ReadSource source) {
        this.source = source;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return source.onReplica() ? REPLICA : PRIMARY;
    }
}
