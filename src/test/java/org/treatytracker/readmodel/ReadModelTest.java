package org.treatytracker.readmodel;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The read model over real HTTP and a real database: answers are held and given again, a change
 * committed by another connection (as another process would) is followed within a second, and no
 * answer ever shows part of a transaction.
 */
@QuarkusTest
class ReadModelTest {

    private static final String VNM = "/api/v1/states/VNM";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ResponseMemo memo;

    @AfterEach
    void restoreNames() throws SQLException {
        try (Connection connection = elsewhere();
             PreparedStatement restore = connection.prepareStatement(
                     "UPDATE parties SET name_fr = ? WHERE code = ? AND name_fr IS DISTINCT FROM ?")) {
            for (String[] name : new String[][] {{"VNM", "Viet Nam"}, {"FRA", "France"}}) {
                restore.setString(1, name[1]);
                restore.setString(2, name[0]);
                restore.setString(3, name[1]);
                restore.executeUpdate();
            }
        }
        awaitFrench(VNM, "Viet Nam");
    }

    @Test
    void aReadIsHeldAndGivenAgainWithTheSameTagAndItsRelease() {
        Response first = given().accept("application/json").get(VNM);
        Response again = given().accept("application/json").get(VNM);
        assertEquals(200, again.statusCode());
        assertTrue(memo.holds(VNM), "the read is held");
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.header("Data-Version"), again.header("Data-Version"));
        assertEquals(first.asString(), again.asString());
        given().accept("application/json").header("If-None-Match", again.header("ETag")).get(VNM).then().statusCode(304);
        given().accept("text/csv").get(VNM).then().statusCode(406);
        assertFalse(memo.holds(VNM + "?format=csv"), "a refusal is never held");
    }

    @Test
    void aChangeCommittedByAnotherConnectionIsReadWithinASecond() throws SQLException {
        Response before = given().accept("application/json").get(VNM);
        assertTrue(memo.holds(VNM));
        try (Connection connection = elsewhere();
             PreparedStatement rename = connection.prepareStatement("UPDATE parties SET name_fr = 'Viêt Nam (essai)' WHERE code = 'VNM'")) {
            rename.executeUpdate();
        }
        long committed = System.nanoTime();
        Response after = awaitFrench(VNM, "Viêt Nam (essai)");
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertTrue(millis < 1000, "followed in " + millis + " ms");
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertTrue(Long.parseLong(after.header("Data-Version")) > Long.parseLong(before.header("Data-Version")));
    }

    @Test
    void noAnswerShowsHalfOfATransactionOrAnotherReleaseThanItsOwn() throws Exception {
        given().accept("application/json").get("/api/v1/states").then().statusCode(200);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        List<String> torn = new ArrayList<>();
        Map<Long, Set<String>> roundsByVersion = new TreeMap<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                Response answer = given().accept("application/json").get("/api/v1/states");
                Map<String, String> french = frenchNames(answer.asByteArray());
                String vnm = french.get("VNM");
                String fra = french.get("FRA");
                String vnmRound = vnm.startsWith("round ") ? vnm.substring(0, vnm.indexOf(':')) : "none";
                String fraRound = fra.startsWith("round ") ? fra.substring(0, fra.indexOf(':')) : "none";
                synchronized (seen) {
                    seen.add(vnmRound);
                    roundsByVersion.computeIfAbsent(Long.parseLong(answer.header("Data-Version")), v -> new TreeSet<>()).add(vnmRound);
                    if (!vnmRound.equals(fraRound)) {
                        torn.add(vnm + " beside " + fra);
                    }
                }
            }
        });
        reader.start();
        try (Connection connection = elsewhere()) {
            connection.setAutoCommit(false);
            for (int round = 1; round <= 30; round++) {
                // Two statements, one transaction, a pause between them: a reader in between must see neither.
                try (PreparedStatement vnm = connection.prepareStatement("UPDATE parties SET name_fr = ? WHERE code = 'VNM'");
                     PreparedStatement fra = connection.prepareStatement("UPDATE parties SET name_fr = ? WHERE code = 'FRA'")) {
                    vnm.setString(1, "round " + round + ": Viet Nam");
                    vnm.executeUpdate();
                    Thread.sleep(5);
                    fra.setString(1, "round " + round + ": France");
                    fra.executeUpdate();
                }
                connection.commit();
                Thread.sleep(40);
            }
        } finally {
            writing.set(false);
            reader.join();
        }
        assertEquals(List.of(), torn);
        // An answer is labelled with the release it was read at: one release, one round, and a later release a later round.
        List<Integer> rounds = new ArrayList<>();
        roundsByVersion.forEach((version, inIt) -> {
            assertEquals(1, inIt.size(), "release " + version + " answered as " + inIt);
            String round = inIt.iterator().next();
            rounds.add(round.equals("none") ? 0 : Integer.parseInt(round.substring("round ".length())));
        });
        assertEquals(rounds.stream().sorted().toList(), rounds, "rounds by release " + roundsByVersion);
        assertTrue(seen.stream().distinct().count() > 5, "the reader saw many rounds: " + seen.stream().distinct().toList());
    }

    private static Map<String, String> frenchNames(byte[] states) {
        try {
            Map<String, String> names = new HashMap<>();
            for (JsonNode state : JSON.readTree(states).get("items")) {
                names.put(state.get("iso3").asText(), state.get("names").get("fr").asText());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until the state's French name is {@code expected}; fails after 5 s. */
    private static Response awaitFrench(String path, String expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            Response answer = given().accept("application/json").get(path);
            if (expected.equals(answer.jsonPath().getString("names.fr"))) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " still reads " + answer.jsonPath().getString("names.fr") + ", not " + expected);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A connection of its own, outside the service's pool and transactions: as another process writes. */
    private static Connection elsewhere() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }
}
