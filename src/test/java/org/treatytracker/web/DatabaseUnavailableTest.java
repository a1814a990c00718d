package org.treatytracker.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainAreUnavailability() {
        assertTrue(DatabaseUnavailable.is(new RuntimeException(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseUnavailable.is(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.is(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.is(new IllegalStateException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseUnavailable.is(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void faultsOfTheQueryOrTheCodeAreNot() {
        assertFalse(DatabaseUnavailable.is(new SQLException("syntax error at or near", "42601")));
        assertFalse(DatabaseUnavailable.is(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseUnavailable.is(new NullPointerException()));
    }
}
