package org.treatytracker.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What the owner grants the application role after every migration: rows of every table (read,
 * insert, update, delete) and the sequences behind their ids, nothing that changes the schema.
 * Granting after each migration covers the tables it just created, whoever set the database up;
 * the default privileges cover tables the owner creates later outside the service.
 */
final class AppRoleGrants {

    private static final Logger LOG = Logger.getLogger(AppRoleGrants.class);

    private final Connection owner;

    /** {@code owner} is a connection as the schema's owner, to the service's database. */
    AppRoleGrants(Connection owner) {
        this.owner = owner;
    }

    /** Grants {@code app} its privileges in {@code schema}; Flyway's {@code historyTable} stays read-only to it. */
    void grant(String app, String schema, String historyTable) throws SQLException {
        String role = identifier(app);
        String in = identifier(schema);
        List<String> statements = List.of(
                // PostgreSQL 15 creates databases without this privilege; older ones and upgraded
                // clusters still give it to everyone. Only the schema's owner can take it back.
                "REVOKE CREATE ON SCHEMA " + in + " FROM PUBLIC",
                "GRANT USAGE ON SCHEMA " + in + " TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + in + " TO " + role,
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + in + " TO " + role,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA " + in + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA " + in + " GRANT USAGE, SELECT ON SEQUENCES TO " + role,
                // The migration record is the owner's: the service may read it, never rewrite it.
                "REVOKE INSERT, UPDATE, DELETE ON " + in + "." + identifier(historyTable) + " FROM " + role);
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement statement = owner.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            owner.commit();
        } catch (SQLException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
        LOG.infof("Granted %s row access to the tables of schema %s", app, schema);
        warnIfItCanStillChangeTheSchema(app, schema);
    }

    private void warnIfItCanStillChangeTheSchema(String app, String schema) throws SQLException {
        try (PreparedStatement check = owner.prepareStatement(
                "SELECT r.rolsuper, has_schema_privilege(r.oid, n.oid, 'CREATE')"
                        + " FROM pg_roles r, pg_namespace n WHERE r.rolname = ? AND n.nspname = ?")) {
            check.setString(1, app);
            check.setString(2, schema);
            try (ResultSet row = check.executeQuery()) {
                if (row.next() && (row.getBoolean(1) || row.getBoolean(2))) {
                    LOG.warnf("The datasource user %s can still change schema %s (%s); see docs/database-roles.md",
                            app, schema, row.getBoolean(1) ? "it is a superuser" : "it has CREATE on the schema");
                }
            }
        }
    }

    /** A PostgreSQL quoted identifier: names are taken exactly as configured, case included. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
