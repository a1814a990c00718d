package org.treatytracker.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7396 Appendix A, every example: original, patch, result. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}                     | {\"a\":\"c\"}                   | {\"a\":\"c\"}",
            "{\"a\":\"b\"}                     | {\"b\":\"c\"}                   | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}                     | {\"a\":null}                    | {}",
            "{\"a\":\"b\",\"b\":\"c\"}         | {\"a\":null}                    | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}                   | {\"a\":\"c\"}                   | {\"a\":\"c\"}",
            "{\"a\":\"c\"}                     | {\"a\":[\"b\"]}                 | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}             | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}           | {\"a\":[1]}                     | {\"a\":[1]}",
            "[\"a\",\"b\"]                     | [\"c\",\"d\"]                   | [\"c\",\"d\"]",
            "{\"a\":\"b\"}                     | [\"c\"]                         | [\"c\"]",
            "{\"a\":\"foo\"}                   | null                            | null",
            "{\"a\":\"foo\"}                   | \"bar\"                         | \"bar\"",
            "{\"e\":null}                      | {\"a\":1}                       | {\"e\":null,\"a\":1}",
            "[1,2]                             | {\"a\":\"b\",\"c\":null}        | {\"a\":\"b\"}",
            "{}                                | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}"})
    void theRfcExamples(String original, String patch, String result) throws Exception {
        JsonNode merged = MergePatch.merge(JSON.readTree(original), JSON.readTree(patch));
        assertEquals(JSON.readTree(result), merged);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"note\":\"x\",\"claim\":{\"value\":1}} | {\"claim\":{\"value\":null,\"unit\":\"%\"}} | {\"note\":\"x\",\"claim\":{\"unit\":\"%\"}}",
            "{\"note\":\"x\"}                         | {\"claim\":{\"unit\":\"%\",\"value\":null}} | {\"note\":\"x\",\"claim\":{\"unit\":\"%\"}}"})
    void applyChangesTheTargetInPlace(String original, String patch, String result) throws Exception {
        ObjectNode target = (ObjectNode) JSON.readTree(original);
        MergePatch.apply(target, (ObjectNode) JSON.readTree(patch));
        assertEquals(JSON.readTree(result), target);
    }
}
