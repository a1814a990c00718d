package org.treatytracker.release;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Reads the current data release: one row, by its primary key. Inside a transaction it is that
 * transaction's view (a snapshot sees the release its data belongs to); outside, the latest commit.
 */
@ApplicationScoped
public class DataReleases {

    private static final String CURRENT = "SELECT version, changed_at, clock_timestamp() AS read_at FROM data_release WHERE id";

    private final DataSource dataSource;

    public DataReleases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataRelease current() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(CURRENT);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("data_release has no row: migration V10 inserts it, and nothing deletes it");
            }
            return new DataRelease(row.getLong("version"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
                    row.getObject("read_at", OffsetDateTime.class).toInstant());
        }
    }
}
