package org.treatytracker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/** keygen and mint-token: their options, defaults and refusals, and what they write and sign. */
class TokenCommandsTest {

    @TempDir
    Path dir;

    @Test
    void keygenWritesIntoKeysUnlessGivenAFolder() {
        assertEquals(Path.of("keys"), Cli.<KeygenCommand>parse("keygen").dir);
        assertEquals(Path.of("elsewhere/keys"), Cli.<KeygenCommand>parse("keygen", "elsewhere/keys").dir);
        ParameterException two = assertThrows(ParameterException.class, () -> Cli.parse("keygen", "a", "b"));
        assertTrue(two.getMessage().contains("'b'"), two.getMessage());
    }

    @Test
    void keygenWritesAPairOnceAndRefusesToOverwriteIt() throws Exception {
        Path keys = dir.resolve("keys");
        Cli.Run written = Cli.run("keygen", keys.toString());
        assertEquals(0, written.status(), written.err());
        assertTrue(Files.exists(keys.resolve("editor-private.pem")) && Files.exists(keys.resolve("editor-public.pem")));
        assertTrue(written.err().startsWith("Wrote " + keys.resolve("editor-private.pem") + " (keep it secret)"), written.err());
        assertEquals("", written.out());

        byte[] first = Files.readAllBytes(keys.resolve("editor-private.pem"));
        Cli.Run again = Cli.run("keygen", keys.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().startsWith("keygen failed: ") && again.err().contains("exists"), again.err());
        assertArrayEquals(first, Files.readAllBytes(keys.resolve("editor-private.pem")), "the pair is kept");
    }

    @Test
    void mintTokenDefaultsToAnEditorForEightHoursWithTheKeyKeygenWrites() {
        MintTokenCommand mint = Cli.parse("mint-token", "--subject", "alice");
        assertEquals("alice", mint.subject);
        assertEquals(Set.of("editor"), mint.roles);
        assertEquals(Duration.ofHours(8), mint.ttl);
        assertEquals(Path.of("keys", "editor-private.pem"), mint.key);

        MintTokenCommand given = Cli.parse("mint-token", "--subject", "bob", "--role", "editor", "--role", "reviewer",
                "--ttl", "P7D", "--key", "k.pem");
        assertEquals(Set.of("editor", "reviewer"), given.roles, "given roles replace the default");
        assertEquals(Duration.ofDays(7), given.ttl);
        assertEquals(Path.of("k.pem"), given.key);
    }

    @Test
    void mintTokenRefusesAMissingSubjectAndALifetimeThatIsNotAPositiveDuration() throws Exception {
        assertRefused("Missing required option: '--subject=NAME'", "mint-token");
        assertRefused("'8h' is not an ISO 8601 duration", "mint-token", "--subject", "a", "--ttl", "8h");
        assertRefused("must be positive", "mint-token", "--subject", "a", "--ttl", "PT0S");
        assertRefused("must be positive", "mint-token", "--subject", "a", "--ttl", "-PT1H");
        assertRefused("Missing required parameter for option '--role'", "mint-token", "--subject", "a", "--role");
        assertRefused("Unknown options: '--issuer', 'me'", "mint-token", "--subject", "a", "--issuer", "me");

        Cli.Run blank = Cli.run("mint-token", "--subject", " ");
        assertEquals(2, blank.status());
        assertEquals("treaty-tracker mint-token: --subject is required: the name the audit log records",
                blank.err().lines().findFirst().orElseThrow());
    }

    @Test
    void mintTokenSignsForTheIssuerWithTheSubjectRolesAndLifetimeAsked() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, Cli.run("keygen", keys.toString()).status());
        Cli.Run minted = Cli.run("mint-token", "--subject", "alice", "--role", "editor", "--ttl", "PT2H",
                "--key", keys.resolve("editor-private.pem").toString());
        assertEquals(0, minted.status(), minted.err());

        String[] parts = minted.out().strip().split("\\.");
        assertEquals(3, parts.length, minted.out());
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(KeyUtils.decodePublicKey(Files.readString(keys.resolve("editor-public.pem"))));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the pair's private key");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals(Cli.ISSUER, claims.get("iss").asText());
        assertEquals("alice", claims.get("sub").asText());
        assertEquals(List.of("editor"), StreamSupport.stream(claims.get("groups").spliterator(), false).map(JsonNode::asText).toList());
        assertEquals(Duration.ofHours(2).toSeconds(), claims.get("exp").asLong() - claims.get("iat").asLong());

        Cli.Run noKey = Cli.run("mint-token", "--subject", "alice", "--key", dir.resolve("none.pem").toString());
        assertEquals(1, noKey.status());
        assertTrue(noKey.err().startsWith("mint-token failed: "), noKey.err());
        assertEquals("", noKey.out());
    }

    private static void assertRefused(String reason, String... args) {
        ParameterException refused = assertThrows(ParameterException.class, () -> Cli.parse(args));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
