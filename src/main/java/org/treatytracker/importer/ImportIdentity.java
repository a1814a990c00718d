package org.treatytracker.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes an import this import: the file's bytes, read in this format with this mapping and
 * these options. The same file read with a corrected mapping or encoding is another import, and so
 * is the same file with other metadata; the same file read the same way is the same import.
 */
final class ImportIdentity {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ImportIdentity() {
    }

    static String of(ImportRequest request, DatasetFile file, String dataset) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("format", request.format());
        reading.put("sha256", file.sha256());
        reading.put("dataset", dataset);
        reading.put("encoding", request.encoding().name());
        reading.put("mapping", request.mapping());
        reading.put("record", request.record());
        reading.put("aliases", request.aliases());
        try {
            byte[] canonical = CANONICAL.writeValueAsString(reading).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("an import's options always serialise", e);
        }
    }
}
