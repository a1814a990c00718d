package org.treatytracker.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.treatytracker.TrackerConfig;

/**
 * The two roles of docs/database-roles.md: the owner creates the database, migrates it and grants;
 * the application role (the datasource user) serves requests, loads seeds and imports with row
 * privileges only. Without a configured owner the datasource user is both, as on a local server.
 */
@ApplicationScoped
public class DatabaseRoles {

    private final String url;
    private final DbLogin app;
    private final DbLogin owner;

    @Inject
    public DatabaseRoles(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username") String username,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                         TrackerConfig config) {
        this(url, new DbLogin(username, password),
                config.database().ownerUsername().map(name -> new DbLogin(name, config.database().ownerPassword())));
    }

    DatabaseRoles(String url, DbLogin app, Optional<DbLogin> owner) {
        this.url = url;
        this.app = app;
        this.owner = owner.orElse(app);
    }

    /** The datasource's JDBC URL, which names the database. */
    public String url() {
        return url;
    }

    public DbLogin app() {
        return app;
    }

    public DbLogin owner() {
        return owner;
    }

    /** True when the schema belongs to a role other than the one the service runs as. */
    public boolean separate() {
        return !owner.username().equals(app.username());
    }
}
