package org.treatytracker.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** A database login: a role name and, unless the server trusts it, its password. */
public record DbLogin(String username, Optional<String> password) {

    public Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, username, password.orElse(null));
    }

    /** The name only, so that a login written to a log or an error message never shows its password. */
    @Override
    public String toString() {
        return username;
    }
}
