package org.treatytracker.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.x written by hand over a socket, for requests no client library sends (trailer fields,
 * HTTP/1.0 without Host, doubtful framing), and the answer read back: its status, headers and body
 * (chunked answers decoded).
 */
final class RawHttp {

    /** An answer; {@code closed}: the server closed the connection after it (else it was still open after the wait). */
    record Reply(byte[] raw, boolean closed) {

        String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        String statusLine() {
            return text().lines().findFirst().orElse("");
        }

        int status() {
            String[] parts = statusLine().split(" ");
            return parts.length > 1 && parts[1].matches("[0-9]{3}") ? Integer.parseInt(parts[1]) : -1;
        }

        Map<String, List<String>> headers() {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            String head = new String(raw, 0, bodyStart() < 0 ? raw.length : bodyStart(), StandardCharsets.ISO_8859_1);
            for (String line : head.lines().skip(1).toList()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).trim(), n -> new ArrayList<>()).add(line.substring(colon + 1).trim());
                }
            }
            return headers;
        }

        String header(String name) {
            return headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        byte[] body() {
            int start = bodyStart();
            byte[] body = start < 0 ? new byte[0] : Arrays.copyOfRange(raw, start, raw.length);
            String encoding = header("Transfer-Encoding");
            return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked") ? dechunk(body) : body;
        }

        private int bodyStart() {
            for (int i = 0; i + 3 < raw.length; i++) {
                if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                    return i + 4;
                }
            }
            return -1;
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = at;
                while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
                if (size == 0) {
                    break;
                }
                int from = lineEnd + 2;
                body.write(chunked, from, Math.min(size, chunked.length - from));
                at = from + size + 2;
            }
            return body.toByteArray();
        }
    }

    private RawHttp() {
    }

    /** Sends exactly {@code request} and reads until the server closes or is silent for {@code waitMillis}. */
    static Reply send(int port, String request, int waitMillis) throws IOException {
        return exchange(port, request, waitMillis, false);
    }

    /**
     * Sends exactly {@code request} and reads until one whole answer has arrived (its Content-Length
     * read, its last chunk and trailers read, or a status that has no body), the server closes, or it
     * is silent for {@code waitMillis}. For answers on a connection kept alive, where waiting for the
     * close would only wait out the timeout; {@code closed} then says nothing.
     */
    static Reply sendForAnswer(int port, String request, int waitMillis) throws IOException {
        return exchange(port, request, waitMillis, true);
    }

    private static Reply exchange(int port, String request, int waitMillis, boolean stopAtWholeAnswer) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(waitMillis);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            } catch (IOException closedWhileWriting) {
                // the server answered before the whole request was sent (a body past the limit): read the answer
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    if (stopAtWholeAnswer && isWhole(out.toByteArray())) {
                        return new Reply(out.toByteArray(), false);
                    }
                }
                return new Reply(out.toByteArray(), true);
            } catch (SocketTimeoutException open) {
                return new Reply(out.toByteArray(), false);
            } catch (IOException reset) {
                return new Reply(out.toByteArray(), true);
            }
        }
    }

    /** Whether {@code raw} holds a whole final answer; interim 1xx answers are not one. */
    static boolean isWhole(byte[] raw) {
        int headEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headEnd < 0) {
            return false;
        }
        int bodyStart = headEnd + 4;
        Reply head = new Reply(Arrays.copyOf(raw, bodyStart), false);
        int status = head.status();
        if (status >= 100 && status < 200) {
            return isWhole(Arrays.copyOfRange(raw, bodyStart, raw.length));
        }
        if (status == 204 || status == 304) {
            return true;
        }
        String encoding = head.header("Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunkedBodyEnds(raw, bodyStart);
        }
        String length = head.header("Content-Length");
        return length != null && raw.length - bodyStart >= Long.parseLong(length.trim());
    }

    private static boolean chunkedBodyEnds(byte[] raw, int from) {
        byte[] lineEnd = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = from;
        while (true) {
            int end = indexOf(raw, lineEnd, at);
            if (end < 0) {
                return false;
            }
            String sizeLine = new String(raw, at, end - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            long size = Long.parseLong(sizeLine, 16);
            if (size == 0) {
                // the last chunk's line end, then trailer fields if any, then an empty line
                return indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), end) >= 0;
            }
            at = (int) (end + 2 + size + 2);
            if (at > raw.length) {
                return false;
            }
        }
    }

    private static int indexOf(byte[] raw, byte[] wanted, int from) {
        for (int i = from; i + wanted.length <= raw.length; i++) {
            if (Arrays.equals(raw, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A request with its body sent chunked, in two chunks, followed by a trailer field; the connection closed after it. */
    static String chunkedWithTrailer(String method, String pathAndQuery, Map<String, String> headers, String mediaType, byte[] body) {
        StringBuilder request = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\nHost: test\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (mediaType != null) {
            request.append("Content-Type: ").append(mediaType).append("\r\n");
        }
        request.append("Transfer-Encoding: chunked\r\nTrailer: X-Checksum\r\nConnection: close\r\n\r\n");
        String text = new String(body, StandardCharsets.UTF_8);
        int half = text.length() / 2;
        for (String chunk : new String[] {text.substring(0, half), text.substring(half)}) {
            if (!chunk.isEmpty()) {
                request.append(Integer.toHexString(chunk.getBytes(StandardCharsets.UTF_8).length)).append("\r\n").append(chunk).append("\r\n");
            }
        }
        return request.append("0\r\nX-Checksum: 0\r\n\r\n").toString();
    }

    /** An HTTP/1.0 request without a Host header. */
    static String http10WithoutHost(String method, String pathAndQuery, Map<String, String> headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.0\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request.append("\r\n").toString();
    }
}
