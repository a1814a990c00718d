package org.treatytracker.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the HTTP layer answers before a resource runs, each as problem+json:
 * <ul>
 * <li>a {@code Transfer-Encoding} other than exactly {@code chunked} ("chunked, identity",
 * "xchunked"), or one sent with {@code Content-Length}, is a 400 and the connection is closed
 * (RFC 9112 6.1 and 6.3: the two framings disagree, and a proxy may read the body otherwise);</li>
 * <li>a write's body is read whole (bounded by the body limit) before the resource reads it: the
 * framework's streamed reading fails on chunked bodies that end with trailer fields; and it is read
 * in the charset it declares, which the framework ignores;</li>
 * <li>OPTIONS on an API path lists the methods that path serves;</li>
 * <li>a body past the limit is a 413 that closes the connection: announced by its Content-Length,
 * before a byte of it is read; chunked, once it passes the limit;</li>
 * <li>failures of the router itself (an undecodable request) leave as problem+json rather than as an
 * empty body.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdges {

    /** Ahead of Quarkus's body-limit handler (-2), which answers 413 without a body. */
    private static final int FRAMING_ORDER = -4;
    private static final int OPTIONS_ORDER = -1;
    private static final int BODY_ORDER = -1;
    private static final String API = "/api/.*";

    private final RouteTable routes;
    private final ObjectMapper json;
    private final long bodyLimit;

    public HttpEdges(RouteTable routes, ObjectMapper json,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize bodyLimit) {
        this.routes = routes;
        this.json = json;
        this.bodyLimit = bodyLimit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(FRAMING_ORDER).handler(this::framing);
        router.routeWithRegex(HttpMethod.OPTIONS, API).order(OPTIONS_ORDER).handler(this::options);
        BodyHandler whole = BodyHandler.create(false).setBodyLimit(bodyLimit);
        for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            router.routeWithRegex(method, API).order(BODY_ORDER).handler(whole).handler(HttpEdges::emptyWhenNone)
                    .handler(this::asUtf8);
        }
        router.route().order(FRAMING_ORDER).failureHandler(this::failure);
    }

    private void framing(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (encoding == null) {
            announcedSize(context);
            return;
        }
        if (!encoding.trim().equalsIgnoreCase("chunked") || context.request().headers().getAll(HttpHeaders.TRANSFER_ENCODING).size() > 1) {
            refuse(context, "Transfer-Encoding '" + Codes.printable(encoding) + "' is not accepted: send 'chunked' or a Content-Length.");
        } else if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
            refuse(context, "Content-Length and Transfer-Encoding together are ambiguous framing: send one of them.");
        } else {
            context.next();
        }
    }

    /** A body announced larger than the limit is refused before a byte of it is read. */
    private void announcedSize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            tooLarge(context);
            return;
        }
        context.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > bodyLimit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void tooLarge(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        send(context, 413, "Content Too Large", "The request body is larger than this service accepts (" + bodyLimit + " bytes).");
    }

    /**
     * A request that sent no bytes of body leaves the body handler with none rather than an empty
     * one, and the framework would then wait to read a body that has already ended.
     */
    private static void emptyWhenNone(RoutingContext context) {
        if (context.body().buffer() == null) {
            ((RoutingContextInternal) context).setBody(Buffer.buffer());
        }
        context.next();
    }

    /**
     * The JSON reader takes bytes as UTF-8 whatever the Content-Type says: a body declared in another
     * charset (ISO-8859-1 is what some clients add by default) is decoded as declared and handed on as
     * UTF-8; a charset this runtime does not know is a 415, bytes that are not of the declared one a 400.
     */
    private void asUtf8(RoutingContext context) {
        String charset = charsetOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (charset == null || charset.equalsIgnoreCase("utf-8")) {
            context.next();
            return;
        }
        Charset declared;
        try {
            declared = Charset.forName(charset);
        } catch (IllegalArgumentException unknown) {
            send(context, 415, "Unsupported Media Type", "Request bodies are read in UTF-8 or in the charset they declare; '"
                    + Codes.printable(charset) + "' is not one this service knows.");
            return;
        }
        String text;
        try {
            text = declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(context.body().buffer().getBytes())).toString();
        } catch (CharacterCodingException e) {
            send(context, 400, "Bad Request", "The request body is not valid " + declared.name() + ", the charset it declares.");
            return;
        }
        ((RoutingContextInternal) context).setBody(Buffer.buffer(text.getBytes(StandardCharsets.UTF_8)));
        context.next();
    }

    /** The charset parameter of a Content-Type value, unquoted; null when there is none. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return pair[1].trim().replaceAll("^\"|\"$", "");
            }
        }
        return null;
    }

    /** Answers, then closes: bytes after such a request may be read as another request (smuggling). */
    private void refuse(RoutingContext context, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        send(context, 400, "Bad Request", detail).onComplete(sent -> context.request().connection().close());
    }

    private void options(RoutingContext context) {
        Optional<String> allow = routes.allow(context.normalizedPath());
        if (allow.isEmpty()) {
            // Answered here: the framework would answer 200 for the pages' resource at "/", which it takes as everyone's prefix.
            send(context, 404, "Not Found", "No resource at this path.");
            return;
        }
        context.response().setStatusCode(204).putHeader("Allow", allow.get()).end();
    }

    private void failure(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || status < 400 || status >= 500) {
            context.next();
            return;
        }
        if (status == 413) {
            tooLarge(context);
            return;
        }
        String detail = status == 400 ? "The request could not be read (its URI, headers or body are malformed)."
                : "The request could not be answered (HTTP " + status + ").";
        send(context, status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail);
    }

    private Future<Void> send(RoutingContext context, int status, String title, String detail) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, title, detail, context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        return context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
