package org.treatytracker.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.PartyResolver;

/** Country names as a real dataset writes them resolve to the right party (ISO codes from the JDK plus UN aliases). */
@QuarkusTest
class PartyNamesTest {

    @Inject
    PartyResolver parties;

    @Test
    void everyCountryNameOfTheRealOhchrExportResolves() throws IOException {
        List<String> names;
        try (InputStream in = getClass().getResourceAsStream("/ohchr/icescr-country-names.txt")) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        }
        assertTrue(names.size() > 190, "the export lists every party: " + names.size());
        List<String> unresolved = QuarkusTransaction.requiringNew().call(() ->
                names.stream().filter(name -> parties.resolve(name).isEmpty()).toList());
        assertEquals(List.of(), unresolved);
    }

    @Test
    void unNamesAndVariantsResolveToTheRightCode() {
        Map<String, String> expected = Map.of(
                "Congo", "COG",
                "Democratic Republic of the Congo", "COD",
                "Viet Nam", "VNM",
                "Viêt Nam", "VNM",
                "Türkiye", "TUR",
                "Côte d'Ivoire", "CIV",
                "Bolivia (Plurinational State of)", "BOL",
                "Sao Tome and Principe", "STP",
                "European Union", "EU");
        QuarkusTransaction.requiringNew().run(() -> expected.forEach((name, code) ->
                assertEquals(code, parties.resolve(name).map(p -> p.code).orElse("unresolved"), name)));
        QuarkusTransaction.requiringNew().run(() ->
                assertTrue(parties.resolve("Atlantide").isEmpty(), "an unknown name is not guessed"));
    }

    @Test
    void uprInfoNameFormsResolveBesideTheUnNamesOfTheSameCode() {
        // parties.yaml names these codes twice (UN names above, UPR Info's forms in a block of their own):
        // both lists must count, not only the last one read.
        Map<String, String> expected = Map.of(
                "DPR Korea", "PRK",
                "Democratic People's Republic of Korea", "PRK",
                "Democratic Republic of Congo", "COD",
                "Democratic Republic of the Congo", "COD",
                "Republic of Congo", "COG",
                "Congo", "COG",
                "Palestine", "PSE",
                "State of Palestine", "PSE",
                "Macedonia FYR", "MKD",
                "St Vincent & the Grenadines", "VCT");
        QuarkusTransaction.requiringNew().run(() -> expected.forEach((name, code) ->
                assertEquals(code, parties.resolve(name).map(p -> p.code).orElse("unresolved"), name)));
        QuarkusTransaction.requiringNew().run(() ->
                assertEquals("VCT", parties.resolve("Saint Vincent and the Grenadines").map(p -> p.code).orElse("unresolved")));
        QuarkusTransaction.requiringNew().run(() ->
                assertEquals(Party.Kind.organisation, parties.resolve("UE").orElseThrow().kind));
    }
}
