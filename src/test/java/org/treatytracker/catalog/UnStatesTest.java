package org.treatytracker.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Contract;
import org.treatytracker.support.CsvRows;

/**
 * The UN's member and observer States as the API shows them, checked row by row against the file
 * they are loaded from (seeds/reference/un-states.csv), never against figures written here.
 */
@QuarkusTest
class UnStatesTest {

    private static final Path FILE = Path.of("seeds/reference/un-states.csv");

    @Inject
    PartyResolver parties;

    private List<Map<String, String>> rows;

    @BeforeEach
    void readTheFile() throws IOException {
        List<List<String>> table = CsvRows.of(Files.readString(FILE, StandardCharsets.UTF_8));
        List<String> header = table.get(0);
        rows = new ArrayList<>();
        for (List<String> cells : table.subList(1, table.size())) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
    }

    @Test
    void everyMemberAndObserverIsShownAsTheFileSays() {
        for (String status : List.of("member", "observer")) {
            List<Map<String, String>> expected = rows.stream().filter(r -> r.get("un_status").equals(status))
                    .sorted(java.util.Comparator.comparing(r -> r.get("iso3"))).toList();
            JsonPath page = given().filter(Contract.FILTER).queryParam("un_status", status).queryParam("per_page", 500)
                    .get("/api/v1/states").then().statusCode(200).extract().jsonPath();
            assertEquals(expected.size(), page.getInt("total"), status);
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < expected.size(); i++) {
                Map<String, String> row = expected.get(i);
                Map<String, Object> item = items.get(i);
                @SuppressWarnings("unchecked")
                Map<String, Object> names = (Map<String, Object>) item.get("names");
                assertEquals(row.get("iso3"), item.get("iso3"));
                assertEquals(row.get("name_en"), names.get("en"), row.get("iso3"));
                assertEquals(row.get("name_fr"), names.get("fr"), row.get("iso3"));
                assertEquals(row.get("name_en_source"), names.get("en_source"), row.get("iso3"));
                assertEquals(row.get("name_fr_source"), names.get("fr_source"), row.get("iso3"));
                assertEquals(status.equals("member"), item.get("un_member"), row.get("iso3"));
                assertEquals(emptyAsNull(row.get("regional_group")), item.get("regional_group"), row.get("iso3"));
                assertEquals(emptyAsNull(row.get("regional_group_source")), item.get("regional_group_source"));
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("iso3").equals("VAT") && r.get("un_status").equals("observer")));
        assertTrue(rows.stream().anyMatch(r -> r.get("iso3").equals("PSE") && r.get("un_status").equals("observer")));
    }

    @Test
    void eachRegionalGroupListsItsMembers() {
        Map<String, Long> byGroup = rows.stream().filter(r -> !r.get("regional_group").isEmpty())
                .collect(Collectors.groupingBy(r -> r.get("regional_group"), Collectors.counting()));
        assertEquals(5, byGroup.size(), "five groups: " + byGroup);
        byGroup.forEach((group, members) -> given().filter(Contract.FILTER).queryParam("regional_group", group)
                .queryParam("per_page", 1).get("/api/v1/states").then().statusCode(200)
                .body("total", equalTo(members.intValue())));
        // Values outside the contract's vocabulary: sent past the contract filter, which would refuse them itself.
        given().queryParam("regional_group", "oceania").get("/api/v1/states").then().statusCode(400)
                .body("detail", containsString("african"));
        given().queryParam("un_status", "Member").get("/api/v1/states").then().statusCode(400)
                .body("detail", containsString("member, observer"));
    }

    @Test
    void anIsoEntryOutsideTheUnKeepsItsIsoNamesSaidToBeTheJdks() {
        assertTrue(rows.stream().noneMatch(r -> r.get("iso3").equals("ABW")));
        given().filter(Contract.FILTER).get("/api/v1/states/ABW").then().statusCode(200)
                .body("names.en", equalTo(new Locale.Builder().setRegion("AW").build().getDisplayCountry(Locale.ENGLISH)))
                .body("names.en_source", equalTo("jdk-cldr"))
                .body("un_member", equalTo(false))
                .body("un_status", nullValue())
                .body("regional_group", nullValue());
    }

    @Test
    void theIsoNamesTheUnNamesReplacedStillNameTheState() {
        Map<String, String> iso2Of = java.util.Arrays.stream(Locale.getISOCountries())
                .collect(Collectors.toMap(iso2 -> new Locale.Builder().setRegion(iso2).build().getISO3Country(), iso2 -> iso2));
        List<String> unresolved = new ArrayList<>();
        int[] replaced = new int[1];
        QuarkusTransaction.requiringNew().run(() -> {
            for (Map<String, String> row : rows) {
                Locale country = new Locale.Builder().setRegion(iso2Of.get(row.get("iso3"))).build();
                for (String name : List.of(country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(Locale.FRENCH),
                        row.get("name_en"), row.get("name_fr"))) {
                    String code = parties.resolve(name).map(p -> p.code).orElse(null);
                    if (!row.get("iso3").equals(code)) {
                        unresolved.add(name + " -> " + code + " (" + row.get("iso3") + ")");
                    }
                }
                if (!country.getDisplayCountry(Locale.ENGLISH).equals(row.get("name_en"))) {
                    replaced[0]++;
                }
            }
        });
        assertTrue(replaced[0] > 10, "the UN names differ from the JDK's for some states: " + replaced[0]);
        assertEquals(List.of(), unresolved);
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
