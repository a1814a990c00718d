package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatytracker.support.Editors;

/**
 * HTTP/1.0 requests without a Host header (allowed there), and requests with a Host of the
 * client's choosing: lists still answer, and neither Link nor Location carries a host, absent or
 * chosen.
 */
@QuarkusTest
class HostlessRequestTest {

    @Test
    void aPagedListAnswersAnHttp10RequestWithoutHostWithRelativeLinks() throws IOException {
        String answer = send("GET /api/v1/states?per_page=2&page=2 HTTP/1.0\r\nAccept: application/json\r\n\r\n");
        assertEquals("HTTP/1.0 200 OK", answer.lines().findFirst().orElse(""), answer);
        String link = header(answer, "Link");
        assertTrue(link.contains("</api/v1/states?page=1&per_page=2>; rel=\"first\""), link);
        assertTrue(link.contains("</api/v1/states?page=3&per_page=2>; rel=\"next\""), link);
    }

    @Test
    void aChosenHostEndsUpInNoLinkNorLocation() throws IOException {
        String list = send("GET /api/v1/treaties?per_page=5 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(header(list, "Link").startsWith("</api/v1/treaties?"), list);
        String body = "{\"title\":\"Hostless\",\"language\":\"fr\",\"published_on\":\"2026-11\",\"text\":\"Un texte. ["
                + UUID.randomUUID() + "]\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String created = send("POST /api/v1/sources HTTP/1.0\r\nAuthorization: Bearer " + Editors.editor("hostless")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
        assertTrue(created.startsWith("HTTP/1.0 201"), created);
        assertTrue(header(created, "Location").startsWith("/api/v1/sources/"), created);
    }

    private static String header(String answer, String name) {
        Matcher header = Pattern.compile("(?im)^" + name + ": (.*)$").matcher(answer);
        return header.find() ? header.group(1).trim() : "";
    }

    /** Exactly these bytes, on a connection of their own; the whole answer, until the server closes it. */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
