package org.treatytracker.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes what a dataset's export covers, replacing what its previous export covered. */
final class CoverageWriter {

    private CoverageWriter() {
    }

    static void replace(Connection db, String dataset, String source, List<CoverageRecord> coverage) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM coverage WHERE dataset = ?")) {
            delete.setString(1, dataset);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO coverage (dataset, source_id, party_code, treaty_code, locator) VALUES (?, ?, ?, ?, ?)")) {
            for (CoverageRecord record : coverage) {
                insert.setString(1, dataset);
                insert.setString(2, source);
                insert.setString(3, record.party());
                insert.setString(4, record.treaty());
                insert.setString(5, record.locator());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
