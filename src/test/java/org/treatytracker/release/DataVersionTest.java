package org.treatytracker.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.importer.ImportRequest;
import org.treatytracker.importer.ImportResult;
import org.treatytracker.importer.Mapping;
import org.treatytracker.importer.RatificationImporter;
import org.treatytracker.support.Contract;
import org.treatytracker.support.Editors;
import org.treatytracker.support.ImportedData;

/** The data version over real HTTP: what changes it, what does not, and the dates it answers. */
@QuarkusTest
class DataVersionTest {

    private static final Path OHCHR_ICESCR = Path.of("src/test/resources/ohchr/UnderlyingData_ICESCR_OHCHR_23_04_2026.xls");

    @Inject
    RatificationImporter importer;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @AfterEach
    void clear() {
        ImportedData.clear();
    }

    @Test
    void readsDoNotChangeItAndHealthShowsIt() throws InterruptedException {
        Response first = settledRead("/api/v1/treaties");
        read("/api/v1/states/VNM/ratifications");
        read("/api/v1/recommendations?format=csv");
        Response again = read("/api/v1/treaties");
        assertEquals(version(first), version(again));
        assertEquals(first.header("Last-Modified"), again.header("Last-Modified"));
        long shown = given().get("/q/health/ready").then().statusCode(200)
                .extract().jsonPath().getLong("checks.find { it.name == 'Data version' }.data.data_version");
        assertEquals(version(first), shown);
    }

    @Test
    void anEditorsWriteChangesItAndItsAnswerNamesTheNewOne() {
        long before = version(read("/api/v1/sources"));
        Response written = given().filter(Contract.FILTER)
                .header("Authorization", "Bearer " + Editors.editor("version-test"))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Version test", "language", "fr",
                        "text", "Un texte pour la version des données.\n[" + UUID.randomUUID() + "]"))
                .post("/api/v1/sources");
        written.then().statusCode(201);
        assertTrue(version(written) > before, "the write's answer names the release it made");
        assertEquals(version(written), version(read("/api/v1/sources")));
    }

    @Test
    void anImportAndItsUndoEachChangeIt() {
        long before = version(read("/api/v1/treaties"));
        ImportResult result = importer.run(new ImportRequest("ohchr-status", OHCHR_ICESCR, Mapping.empty(),
                StandardCharsets.UTF_8, null));
        assertEquals("imported", result.status(), () -> result.problems().toString());
        long imported = version(read("/api/v1/treaties"));
        assertTrue(imported > before);
        importer.undo(result.dataset());
        assertTrue(version(read("/api/v1/treaties")) > imported);
    }

    @Test
    void aWriteFromAnotherConnectionOutsideTheServiceChangesIt() throws SQLException {
        long before = version(read("/api/v1/states/FRA"));
        try (Connection outside = DriverManager.getConnection(url, user, password.orElse(""))) {
            try (PreparedStatement add = outside.prepareStatement(
                    "INSERT INTO party_aliases (normalized, alias, party_code) VALUES ('version test', 'Version test', 'FRA')")) {
                add.executeUpdate();
            }
            long added = followedWithinASecond("/api/v1/states/FRA", before);
            try (PreparedStatement remove = outside.prepareStatement("DELETE FROM party_aliases WHERE normalized = 'version test'")) {
                remove.executeUpdate();
            }
            followedWithinASecond("/api/v1/states/FRA", added);
        }
    }

    @Test
    void ifModifiedSinceAnswers304UntilTheNextRelease() throws InterruptedException {
        Response first = settledRead("/api/v1/treaties");
        String lastModified = first.header("Last-Modified");
        Instant date = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        given().filter(Contract.FILTER).header("If-Modified-Since", lastModified).get("/api/v1/treaties")
                .then().statusCode(304).body(emptyString())
                .header("Data-Version", String.valueOf(version(first)))
                .header("Last-Modified", lastModified)
                .header("ETag", first.header("ETag"));
        given().filter(Contract.FILTER).header("If-Modified-Since", httpDate(date.minusSeconds(1))).get("/api/v1/treaties")
                .then().statusCode(200);
        // If-None-Match decides when both are sent (RFC 9110 13.2.2): a tag that does not match is a 200.
        given().filter(Contract.FILTER).header("If-Modified-Since", lastModified).header("If-None-Match", "\"other\"")
                .get("/api/v1/treaties").then().statusCode(200);
        given().filter(Contract.FILTER).header("If-Modified-Since", "yesterday").get("/api/v1/treaties")
                .then().statusCode(200);

        ImportResult result = importer.run(new ImportRequest("ohchr-status", OHCHR_ICESCR, Mapping.empty(),
                StandardCharsets.UTF_8, null));
        assertEquals("imported", result.status());
        Response after = given().filter(Contract.FILTER).header("If-Modified-Since", lastModified).get("/api/v1/treaties");
        after.then().statusCode(200);
        assertTrue(version(after) > version(first));
        Instant next = ZonedDateTime.parse(after.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(next.isAfter(date), "each release has a later Last-Modified, to the second");
    }

    /**
     * A read once the current release is old enough for its Last-Modified to be its commit's second
     * (DataRelease.lastModified: until then the date given is a second earlier, and revalidates to a 200).
     */
    private static Response settledRead(String path) throws InterruptedException {
        Instant changedAt = Instant.parse(given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getString("checks.find { it.name == 'Data version' }.data.changed_at"));
        long wait = Duration.between(Instant.now(), changedAt.plusMillis(2100)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        Response response = read(path);
        assertEquals(changedAt.truncatedTo(ChronoUnit.SECONDS),
                ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                "Last-Modified is the release's commit time, to the second");
        return response;
    }

    /**
     * The version a read shows once it is newer than {@code before}: another process's commit is
     * announced to the service, which follows it within a second (docs/scaling.md), not at once.
     */
    private static long followedWithinASecond(String path, long before) {
        long committed = System.nanoTime();
        long deadline = committed + 5_000_000_000L;
        long seen = version(read(path));
        while (seen <= before && System.nanoTime() < deadline) {
            seen = version(read(path));
        }
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertTrue(seen > before, path + " still reads release " + seen + " after 5 s");
        assertTrue(millis < 1000, "followed in " + millis + " ms");
        return seen;
    }

    private static Response read(String path) {
        Response response = given().filter(Contract.FILTER).get(path);
        response.then().statusCode(200);
        return response;
    }

    private static long version(Response response) {
        String value = response.header("Data-Version");
        assertTrue(value != null && value.matches("[1-9][0-9]*"), "Data-Version: " + value);
        return Long.parseLong(value);
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
