package org.treatytracker.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares the test database for the whole run: every @QuarkusTest shares one application and one
 * throw-away database (restrictToAnnotatedClass = false).
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public final class DatabaseTest {

    private DatabaseTest() {
    }
}
