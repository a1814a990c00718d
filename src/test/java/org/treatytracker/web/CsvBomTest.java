package org.treatytracker.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatytracker.support.Contract;

/**
 * {@code bom=true} on each kind of CSV export (a list, a table, the streamed recommendations): the
 * same bytes after a UTF-8 byte order mark; {@code bom=false} or none, no mark; any other value a 400.
 */
@QuarkusTest
class CsvBomTest {

    private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/states", "/api/v1/treaty-actions?state=CIV", "/api/v1/coverage?state=CIV",
        "/api/v1/ratifications/matrix?states=CIV", "/api/v1/upr/stats?group_by=state", "/api/v1/recommendations"})
    void aByteOrderMarkOnlyWhenAskedFor(String path) {
        String and = path.contains("?") ? "&" : "?";
        byte[] plain = given().get(path + and + "format=csv").then().statusCode(200).extract().asByteArray();
        byte[] unmarked = given().get(path + and + "format=csv&bom=false").then().statusCode(200).extract().asByteArray();
        byte[] marked = given().filter(Contract.FILTER).get(path + and + "format=csv&bom=true").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(plain, unmarked, path);
        assertArrayEquals(MARK, Arrays.copyOf(marked, 3), path + " with bom=true starts with the mark");
        assertArrayEquals(plain, Arrays.copyOfRange(marked, 3, marked.length), path + ": then the same bytes");
        assertEquals(false, plain.length >= 3 && Arrays.equals(MARK, Arrays.copyOf(plain, 3)), path + " without: no mark");
        for (String wrong : new String[] {"yes", "1", "TRUE"}) {
            // not through the contract's filter: the contract refuses such a request before the server sees it
            given().get(path + and + "format=csv&bom=" + wrong).then().statusCode(400);
        }
    }
}
