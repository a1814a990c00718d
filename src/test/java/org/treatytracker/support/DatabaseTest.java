package org.treatytracker.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the test database for the whole run: every @QuarkusTest shares one application and one
 * throw-away database (restrictToAnnotatedClass = false), and the key pair editors' tokens are signed with.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestKeys.class, restrictToAnnotatedClass = false)
public final class DatabaseTest {

    private DatabaseTest() {
    }
}
