package org.treatytracker.floor;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.treatytracker.web.ApiException;

/** The Content-Type a floor body is sent with, as the endpoint it stands for sends its own. */
enum FloorType {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    HTML(MediaType.valueOf("text/html;charset=UTF-8")),
    CSV(MediaType.valueOf("text/csv;charset=UTF-8;header=present")),
    TEXT(MediaType.valueOf("text/plain;charset=UTF-8"));

    private final MediaType mediaType;

    FloorType(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** {@code type=json} (the default when absent), {@code html}, {@code csv} or {@code text}. */
    static FloorType parse(String name) {
        if (name == null || name.isEmpty()) {
            return JSON;
        }
        return Arrays.stream(values()).filter(type -> type.name().toLowerCase(Locale.ROOT).equals(name)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("type is one of " + Arrays.stream(values())
                        .map(type -> type.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + "."));
    }
}
