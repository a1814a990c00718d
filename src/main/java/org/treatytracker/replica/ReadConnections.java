package org.treatytracker.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** The connections of {@link ReadRouting}'s two databases: the default datasource, and {@code replica} when it has an address. */
@ApplicationScoped
@PersistenceUnitExtension
public class ReadConnections implements TenantConnectionResolver {

    private final ConnectionProvider primary;
    private final ConnectionProvider replica;

    public ReadConnections(AgroalDataSource primary, @DataSource("replica") InjectableInstance<AgroalDataSource> replica) {
        this.primary = new QuarkusConnectionProvider(primary);
        this.replica = replica.listActive().stream().findFirst()
                .<ConnectionProvider>map(QuarkusConnectionProvider::new).orElse(this.primary);
    }

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return ReadRouting.REPLICA.equals(tenantId) ? replica : primary;
    }
}
