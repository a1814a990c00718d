package org.treatytracker.seed;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the service's database on its server when it does not exist yet. */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(\\?.*)?");

    private final String url;
    private final String user;
    private final Optional<String> password;

    public DatabaseBootstrap(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                             @ConfigProperty(name = "quarkus.datasource.username") String user,
                             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public void createIfMissing() throws SQLException {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            LOG.warnf("Not a jdbc:postgresql://host/database URL, not checking that the database exists: %s", url);
            return;
        }
        String database = parts.group(2);
        String maintenance = parts.group(1) + "postgres" + (parts.group(3) == null ? "" : parts.group(3));
        try (Connection connection = DriverManager.getConnection(maintenance, user, password.orElse(null));
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
            LOG.infof("Created database %s", database);
        }
    }
}
