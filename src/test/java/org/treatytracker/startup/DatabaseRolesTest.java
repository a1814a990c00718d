package org.treatytracker.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseRolesTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/treaty_tracker";
    private static final DbLogin APP = new DbLogin("tracker_app", Optional.of("app secret"));

    @Test
    void withoutAnOwnerTheDatasourceUserDoesEverything() {
        DatabaseRoles roles = new DatabaseRoles(URL, APP, Optional.empty());
        assertSame(APP, roles.owner());
        assertFalse(roles.separate());
    }

    @Test
    void aConfiguredOwnerCreatesAndMigratesWhileTheServiceRunsAsTheDatasourceUser() {
        DbLogin owner = new DbLogin("tracker_owner", Optional.empty());
        DatabaseRoles roles = new DatabaseRoles(URL, APP, Optional.of(owner));
        assertEquals(owner, roles.owner());
        assertEquals(APP, roles.app());
        assertTrue(roles.separate());
    }

    @Test
    void anOwnerThatIsTheDatasourceUserIsOneRole() {
        DatabaseRoles roles = new DatabaseRoles(URL, APP, Optional.of(new DbLogin("tracker_app", Optional.empty())));
        assertFalse(roles.separate());
    }

    @Test
    void aLoginNeverPrintsItsPassword() {
        assertEquals("tracker_app", APP.toString());
    }

    @Test
    void roleNamesAreQuotedExactly() {
        assertEquals("\"Tracker \"\"app\"\"\"", AppRoleGrants.identifier("Tracker \"app\""));
    }
}
