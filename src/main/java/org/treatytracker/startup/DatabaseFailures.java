package org.treatytracker.startup;

import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.treatytracker.startup.DatabaseRoles;

/**
 * Says in one line why the database refused a start, for the refusals an operator fixes in the
 * configuration or on the server (SQLSTATE classes 08, 28, 3D, 42501). Others are not explained.
 */
final class DatabaseFailures {

    private final DatabaseRoles roles;

    DatabaseFailures(DatabaseRoles roles) {
        this.roles = roles;
    }

    Optional<StartupFailure> explain(Throwable failure) {
        return sqlException(failure).flatMap(this::explain);
    }

    private Optional<StartupFailure> explain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        DatabaseAddress address = DatabaseAddress.of(roles.url());
        String server = address.server();
        String database = address.database();
        String reason = reason(e);
        if (state.startsWith("08")) {
            // The driver's first sentence says it ("Connection to host:port refused"); the rest is a generic hint.
            String refused = reason.split("\\. ", 2)[0];
            return Optional.of(StartupFailure.because("cannot connect to the database server at " + server + " (" + refused + ")",
                    "Start PostgreSQL there, or set QUARKUS_DATASOURCE_JDBC_URL to a server that runs;"
                            + " with no URL set, the service runs an embedded PostgreSQL of its own"));
        }
        if (state.startsWith("28")) {
            return Optional.of(StartupFailure.because("the database server at " + server + " refused the login (" + reason + ")",
                    "Check QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"
                            + (roles.separate() ? ", and TRACKER_DATABASE_OWNER_USERNAME and TRACKER_DATABASE_OWNER_PASSWORD" : "")
                            + ", against the roles of that server"));
        }
        if (state.equals("3D000")) {
            return Optional.of(StartupFailure.because("database " + database + " does not exist on " + server + " (" + reason + ")",
                    "Create it (" + address.createdb(roles.owner().username()) + "), or let the service create it (TRACKER_DATABASE_CREATE_IF_MISSING=true)"));
        }
        if (state.equals("42501")) {
            return Optional.of(StartupFailure.because("a role lacks a privilege on " + database + " at " + server + " (" + reason + ")",
                    "Grant it as docs/database-roles.md says: the owner role ("
                            + roles.owner().username() + ") owns the database, the datasource user ("
                            + roles.app().username() + ") reads and writes rows"));
        }
        return Optional.empty();
    }

    /** The first line of the driver's message, or of its cause's where that says more (an unknown host). */
    private static String reason(SQLException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return "unknown host " + cause.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
