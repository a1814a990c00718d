package org.treatytracker.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.treatytracker.startup.DatabaseAddress;
import org.treatytracker.startup.StartupFailure;

/** Creates the service's database on its server when it does not exist yet, as the owner role, which then owns it. */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(\\?.*)?");
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final DatabaseRoles roles;

    public DatabaseBootstrap(DatabaseRoles roles) {
        this.roles = roles;
    }

    public void createIfMissing() throws SQLException {
        String url = roles.url();
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            LOG.warnf("Not a jdbc:postgresql://host/database URL, not checking that the database exists: %s", url);
            return;
        }
        String database = parts.group(2);
        String maintenance = parts.group(1) + "postgres" + (parts.group(3) == null ? "" : parts.group(3));
        try (Connection connection = roles.owner().connect(maintenance);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            } catch (SQLException e) {
                if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    throw mayNotCreate(e);
                }
                throw e;
            }
            LOG.infof("Created database %s", database);
        }
    }

    private RuntimeException mayNotCreate(SQLException refusal) {
        DatabaseAddress address = DatabaseAddress.of(roles.url());
        String owner = roles.owner().username();
        return StartupFailure.because("database " + address.database() + " does not exist on " + address.server() + " and role " + owner
                        + " may not create it (" + refusal.getMessage().lines().findFirst().orElse("") + ")",
                "Create it (" + address.createdb(owner) + "), grant the right (ALTER ROLE " + owner + " CREATEDB)"
                        + (roles.separate() ? "" : ", or name an owner role that has it (TRACKER_DATABASE_OWNER_USERNAME)"));
    }
}
