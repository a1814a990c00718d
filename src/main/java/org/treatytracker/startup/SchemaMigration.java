package org.treatytracker.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Runs the Flyway migrations as the schema's owner. When the service runs as another role, the
 * migration uses a copy of Quarkus's Flyway (same locations and settings) logged in as the owner,
 * then grants the application role its row privileges.
 */
@ApplicationScoped
public class SchemaMigration {

    private final Flyway configured;
    private final DatabaseRoles roles;

    public SchemaMigration(Flyway configured, DatabaseRoles roles) {
        this.configured = configured;
        this.roles = roles;
    }

    public void migrate() throws SQLException {
        if (!roles.separate()) {
            configured.migrate();
            return;
        }
        DbLogin owner = roles.owner();
        Configuration settings = configured.getConfiguration();
        Flyway.configure(settings.getClassLoader())
                .configuration(settings)
                .dataSource(roles.url(), owner.username(), owner.password().orElse(null))
                .load()
                .migrate();
        try (Connection connection = owner.connect(roles.url())) {
            new AppRoleGrants(connection).grant(roles.app().username(), schema(settings, connection), settings.getTable());
        }
    }

    /** The schema Flyway migrated: the configured default, else the owner's current schema (as Flyway picks it). */
    private static String schema(Configuration settings, Connection owner) throws SQLException {
        if (settings.getDefaultSchema() != null) {
            return settings.getDefaultSchema();
        }
        try (Statement statement = owner.createStatement();
             ResultSet current = statement.executeQuery("SELECT current_schema()")) {
            current.next();
            return current.getString(1);
        }
    }
}
